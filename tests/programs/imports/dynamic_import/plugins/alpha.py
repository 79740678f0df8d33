def run():
    return 'alpha plugin'
