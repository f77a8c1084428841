%struct.node = type { i32, %struct.node }
@n = global %struct.node zeroinitializer
