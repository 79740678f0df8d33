# Module objects are shared: state mutated through one import is seen by all; `from x import name` copies bindings.
import config
from config import settings, counter
import worker
worker.configure()
print(config.settings, settings is config.settings)
print(counter, config.counter)
config.counter = 99
print(counter, config.counter, worker.read_counter())
import config as cfg_alias
print(cfg_alias is config)
