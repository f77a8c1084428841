/* Exercises an in-memory SQLite database: DDL, prepared inserts in a transaction, joins, aggregates,
 * window functions, recursive CTEs, JSON, printf() and float formatting, and error paths. */
#include <stdio.h>
#include <stdlib.h>
#include "sqlite3.h"

static int print_row(void *unused, int ncol, char **vals, char **names) {
  (void)unused; (void)names;
  for (int i = 0; i < ncol; i++) printf("%s%s", i ? "|" : "", vals[i] ? vals[i] : "NULL");
  printf("\n");
  return 0;
}

static void exec(sqlite3 *db, const char *sql) {
  char *err = NULL;
  if (sqlite3_exec(db, sql, print_row, NULL, &err) != SQLITE_OK) {
    printf("error: %s\n", err);
    sqlite3_free(err);
  }
}

int main(void) {
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  printf("sqlite %s\n", sqlite3_libversion());
  exec(db, "CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept INTEGER, salary REAL, hired TEXT);"
           "CREATE TABLE dept(id INTEGER PRIMARY KEY, title TEXT UNIQUE);"
           "CREATE INDEX emp_dept ON emp(dept, salary);");
  exec(db, "INSERT INTO dept VALUES (1,'eng'),(2,'ops'),(3,'sales'),(4,'empty');");
  sqlite3_stmt *st;
  sqlite3_prepare_v2(db, "INSERT INTO emp(name, dept, salary, hired) VALUES (?1, ?2, ?3, ?4)", -1, &st, NULL);
  exec(db, "BEGIN");
  unsigned x = 12345;
  for (int i = 0; i < 3000; i++) {
    char name[32], date[16];
    x = x * 1103515245u + 12345u;
    snprintf(name, sizeof name, "emp%04d_%c", i, 'a' + (x >> 16) % 26);
    snprintf(date, sizeof date, "20%02u-%02u-%02u", 10 + (x >> 8) % 15, 1 + (x >> 4) % 12, 1 + x % 28);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, 1 + (int)((x >> 20) % 3));
    sqlite3_bind_double(st, 3, 30000.0 + (double)((x >> 3) % 90000) / 3.0);
    sqlite3_bind_text(st, 4, date, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE) { printf("insert failed: %s\n", sqlite3_errmsg(db)); return 1; }
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  exec(db, "COMMIT");
  exec(db, "SELECT d.title, count(*), round(avg(e.salary), 3), min(e.salary), max(e.name) FROM emp e "
           "JOIN dept d ON d.id = e.dept GROUP BY d.title ORDER BY d.title;");
  exec(db, "SELECT d.title, count(e.id) FROM dept d LEFT JOIN emp e ON e.dept = d.id GROUP BY d.id HAVING count(e.id) < 1000;");
  exec(db, "SELECT name, salary, rank() OVER (PARTITION BY dept ORDER BY salary DESC) AS r FROM emp "
           "WHERE name LIKE 'emp00%' ORDER BY dept, r LIMIT 8;");
  exec(db, "WITH RECURSIVE fib(n, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT n + 1, b, a + b FROM fib WHERE n < 60) "
           "SELECT n, a FROM fib WHERE n % 10 = 0;");
  exec(db, "SELECT printf('%.3f|%10.2e|%-8s|%05d|%x', 3.14159265, 12345.678, 'ab', 42, 255), 1.0/3, 2.5e-300 * 1e10, "
           "100000000000000000000.0, 0.1 + 0.2, -0.0, 1e308 * 10, cast('12.75' AS REAL), round(2.5), round(-2.5);");
  exec(db, "SELECT json_object('a', 1, 'b', json_array(1.5, 'x', NULL)), json_extract('{\"k\":[10,20,{\"z\":3.25}]}', '$.k[2].z');");
  exec(db, "SELECT substr(hired, 1, 4) AS y, count(*), sum(salary) FROM emp GROUP BY y ORDER BY y LIMIT 5;");
  exec(db, "SELECT upper('héllo'), length('héllo'), hex(zeroblob(4)), quote('it''s'), typeof(1), typeof(1.0), "
           "typeof('x'), typeof(NULL), abs(-9223372036854775807), 9223372036854775807 + 1;");
  exec(db, "UPDATE emp SET salary = salary * 1.1 WHERE dept = 2; DELETE FROM emp WHERE id % 7 = 0;"
           "SELECT count(*), round(sum(salary), 2) FROM emp;");
  exec(db, "SELECT * FROM nosuchtable;");
  exec(db, "INSERT INTO dept VALUES (1, 'dup');");
  exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS x USING nosuchmodule;");
  exec(db, "SELECT group_concat(title, ';') FROM (SELECT title FROM dept ORDER BY title DESC);");
  exec(db, "SELECT datetime('2024-02-28 23:59:59', '+1 day', '+1 second'), julianday('2000-01-01'), strftime('%Y-%j', '2024-12-31');");
  sqlite3_close(db);
  return 0;
}
