"""The Qt views: a package per feature, the kit they share, the window that holds them. Views call services, not SQL."""
