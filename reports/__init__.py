"""What the regulation asks an instansi to publish and review, made from what the product holds:
the official SOP AP document rendered from each SOP's model, and the monitoring and evaluation
of every SOP from the measured record of its cases (Permenpan RB 35/2012).

Dependencies point one way: ``api`` uses ``reports``, ``reports`` uses ``engine``; nothing here
imports Flask or ``api`` (templates are rendered with Jinja2 directly).
"""
