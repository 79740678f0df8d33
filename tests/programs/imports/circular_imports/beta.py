import alpha
alpha.ORDER.append('beta runs while alpha is partial: has helper = ' + str(hasattr(alpha, 'helper')))
VALUE = 'beta.VALUE'
def from_alpha():
    return 'beta calls ' + alpha.helper()
