# Uncaught exception with an explicit cause (raise ... from ...): "The above exception was the direct cause...".
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f'bad port {text!r}') from e
print(parse_port('8080'))
print(parse_port('http'))
