import config
def configure():
    config.settings['mode'] = 'configured by worker'
    config.counter += 1
def read_counter():
    return config.counter
