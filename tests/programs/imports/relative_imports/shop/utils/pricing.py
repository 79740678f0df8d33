from . import NAME as _utils_name
TAX = 0.25
def price_with_tax(amount):
    return round(amount * (1 + TAX), 2)
