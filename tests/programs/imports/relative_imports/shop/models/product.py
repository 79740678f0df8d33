from ..utils.pricing import price_with_tax
class Product:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __repr__(self):
        return f'Product({self.name!r}, gross={price_with_tax(self.price)})'
