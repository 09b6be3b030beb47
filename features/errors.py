"""The one exception the step library raises: a QA-readable reason a scenario failed."""


class FiturGagal(AssertionError):
    """The SOP did not behave as the feature says, or the feature names something the SOP does
    not have. Its message is Indonesian and names the step and role concerned; the plugin shows
    it without a Python traceback."""
