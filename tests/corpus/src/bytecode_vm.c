/* A small stack-based bytecode interpreter: a dispatch loop over a switch, jumps,
 * calls with a return stack, and two programs (factorial loop and recursive fib). */
#include <stdio.h>
#include <stdint.h>

enum Op { PUSH, POP, ADD, SUB, MUL, DUP, SWAP, OVER, JMP, JZ, JLT, CALL, RET, PRINT, HALT, LOAD, STORE };

struct VM {
    int64_t stack[256];
    int sp;
    int rstack[64];
    int rsp;
    int64_t mem[8];
    long steps;
};

static int64_t run(struct VM *vm, const int64_t *code) {
    int pc = 0;
    for (;;) {
        vm->steps++;
        int64_t op = code[pc++];
        switch (op) {
        case PUSH: vm->stack[vm->sp++] = code[pc++]; break;
        case POP: vm->sp--; break;
        case ADD: vm->sp--; vm->stack[vm->sp - 1] += vm->stack[vm->sp]; break;
        case SUB: vm->sp--; vm->stack[vm->sp - 1] -= vm->stack[vm->sp]; break;
        case MUL: vm->sp--; vm->stack[vm->sp - 1] *= vm->stack[vm->sp]; break;
        case DUP: vm->stack[vm->sp] = vm->stack[vm->sp - 1]; vm->sp++; break;
        case SWAP: {
            int64_t t = vm->stack[vm->sp - 1];
            vm->stack[vm->sp - 1] = vm->stack[vm->sp - 2];
            vm->stack[vm->sp - 2] = t;
            break;
        }
        case OVER: vm->stack[vm->sp] = vm->stack[vm->sp - 2]; vm->sp++; break;
        case JMP: pc = (int)code[pc]; break;
        case JZ: pc = vm->stack[--vm->sp] == 0 ? (int)code[pc] : pc + 1; break;
        case JLT: { /* a b -- ; jump if a < b */
            int64_t b = vm->stack[--vm->sp], a = vm->stack[--vm->sp];
            pc = a < b ? (int)code[pc] : pc + 1;
            break;
        }
        case CALL: vm->rstack[vm->rsp++] = pc + 1; pc = (int)code[pc]; break;
        case RET: pc = vm->rstack[--vm->rsp]; break;
        case PRINT: printf("vm print: %lld\n", (long long)vm->stack[--vm->sp]); break;
        case LOAD: vm->stack[vm->sp++] = vm->mem[code[pc++]]; break;
        case STORE: vm->mem[code[pc++]] = vm->stack[--vm->sp]; break;
        case HALT: return vm->sp ? vm->stack[vm->sp - 1] : 0;
        default: printf("bad opcode %lld\n", (long long)op); return -1;
        }
    }
}

int main(void) {
    /* mem0 = n, mem1 = acc; while (n) { acc *= n; n--; } print acc */
    static const int64_t fact[] = {
        /* 0 */ PUSH, 20, STORE, 0, PUSH, 1, STORE, 1,
        /* 8 */ LOAD, 0, JZ, 28,
        /* 12 */ LOAD, 1, LOAD, 0, MUL, STORE, 1,
        /* 19 */ LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8,
        /* 28 */ LOAD, 1, DUP, PRINT, HALT,
    };
    struct VM vm = {.sp = 0};
    int64_t result = run(&vm, fact);
    printf("fact result=%lld steps=%ld\n", (long long)result, vm.steps);

    /* fib(n): if n < 2 return n; else fib(n-1) + fib(n-2) */
    static const int64_t fib[] = {
        PUSH, 22, CALL, 6, PRINT, HALT,
        /* 6: fib */ DUP, PUSH, 2, JLT, 24,
        DUP, PUSH, 1, SUB, CALL, 6, SWAP, PUSH, 2, SUB, CALL, 6, ADD,
        /* 24: */ RET,
    };
    struct VM vm2 = {.sp = 0};
    run(&vm2, fib);
    printf("fib steps=%ld\n", vm2.steps);
    return 0;
}
