@g = global %struct.never_defined zeroinitializer, align 8
