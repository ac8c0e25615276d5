from .shapes import Square, GeometryError
__all__ = ["Square", "GeometryError"]
