def run():
    return 'beta plugin'
