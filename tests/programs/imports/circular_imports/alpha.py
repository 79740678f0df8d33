ORDER = ['alpha start']
import beta
ORDER.append('alpha after importing beta')
def from_beta():
    return 'alpha.from_beta sees ' + beta.VALUE
def helper():
    return 'alpha.helper'
