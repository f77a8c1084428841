%struct.S = type { i32, quux }
