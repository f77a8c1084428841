/* A tiny check macro shared by the C API test programs: a failed check prints where and
 * exits with status 1; each program prints "ok" at the end. */
#ifndef JIT_CAPI_TEST_CHECK_H
#define JIT_CAPI_TEST_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                                      \
  do {                                                                                   \
    if (!(cond)) {                                                                       \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);           \
      exit(1);                                                                           \
    }                                                                                    \
  } while (0)

/* Checks that msg is non-NULL and contains needle, prints it, and frees it. */
#define CHECK_MSG(msg, needle)                                                           \
  do {                                                                                   \
    char *m_ = (msg);                                                                    \
    CHECK(m_ != NULL);                                                                   \
    if (strstr(m_, (needle)) == NULL) {                                                  \
      fprintf(stderr, "%s:%d: message lacks \"%s\": %s\n", __FILE__, __LINE__, (needle), m_); \
      exit(1);                                                                           \
    }                                                                                    \
    printf("error: %s\n", m_);                                                           \
    LLVMDisposeMessage(m_);                                                              \
  } while (0)

#endif
