class GeometryError(ValueError):
    pass


class Square:
    count = 0

    def __init__(self, side):
        if side < 0:
            raise GeometryError(f"negative side {side}")
        self.side = side
        Square.count += 1

    def area(self):
        return self.side * self.side

    def __repr__(self):
        return f"Square({self.side})"
