from .models.product import Product
from . import utils
def describe():
    return f'shop package with {Product.__name__} and {utils.NAME}'
