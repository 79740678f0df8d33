# Relative imports inside a package: from . import, from .. import, from .mod import name, __package__ values.
import shop
from shop.models import product
from shop.utils.pricing import price_with_tax
print(shop.describe())
print(product.Product('pen', 2.0))
print(price_with_tax(10))
print(shop.__package__, product.__package__, product.__name__)
print(sorted(k for k in vars(shop) if not k.startswith('__')))
