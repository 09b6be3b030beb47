"""Every scenario of every ``.feature`` under acceptance/, one test each (new files included)."""

from pathlib import Path

from features.binding import bind_features

bind_features(globals(), Path(__file__).parent)
