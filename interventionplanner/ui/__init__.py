"""The Qt layer: adapts the engine to people. Only this package imports QtWidgets."""
