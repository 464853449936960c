EXTRA = {}
