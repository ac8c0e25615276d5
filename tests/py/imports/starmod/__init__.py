__all__ = ["visible", "sub"]
visible = "v"
also_public = "p"
_private = "x"
