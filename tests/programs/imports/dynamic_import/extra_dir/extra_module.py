WHERE = 'found via a sys.path entry relative to the cwd'
