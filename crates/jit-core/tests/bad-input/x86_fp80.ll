@ld = dso_local global x86_fp80 0xK3FFF8000000000000000, align 16
