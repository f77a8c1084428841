@ld = dso_local global fp128 0xK3FFF8000000000000000, align 16
