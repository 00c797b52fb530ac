package main

import (
	"errors"
	"strings"
)

type point struct {
	X, Y int
}

var errNegative = errors.New("negative input")

func runResults() {
	testNoArgsNoResults()

	n, err := testUnnamedResults(2)
	sink += n + errLen(err)
	n, err = testUnnamedResults(-1)
	sink += n + errLen(err)

	q, err := testNamedResults(7, 2)
	sink += q + errLen(err)

	s, l, ok := testThreeResults("abc")
	if ok {
		sink += len(s) + l
	}

	sink += resultInt(20)
	sink += len(resultString("go"))
	sink += resultStruct(4).Y
	sink += resultPointer(5).X
	sink += len(resultSlice(3))
	sink += len(resultMap("k"))
	sink += errLen(resultError("disk"))
	if resultAny(8) != nil {
		sink++
	}
	sink += int(resultFloat(3))
}

func errLen(err error) int {
	if err == nil {
		return 0
	}
	return len(err.Error())
}

// No arguments and no results: the entry has no arguments and the return
// no locals.
//
//go:noinline
func testNoArgsNoResults() {
	sink++
}

// Called twice. Unnamed results are ~r0 and ~r1:
// x=2 -> @return {fields {~r0 "4", ~r1 {error, isNull}}};
// x=-1 -> @return {fields {~r0 "0", ~r1 {error, data {*errors.errorString,
// s "negative input"}}}}.
//
//go:noinline
func testUnnamedResults(x int) (int, error) {
	if x < 0 {
		return 0, errNegative
	}
	return 2 * x, nil
}

// Named results keep their names: a=7, b=2 -> @return {fields {quot "3",
// err {error, isNull}}}; the message renders @return as that object.
//
//go:noinline
func testNamedResults(a, b int) (quot int, err error) {
	if b == 0 {
		return 0, errors.New("division by zero")
	}
	return a / b, nil
}

// Three unnamed results: s="abc" -> @return {fields {~r0 "ABC", ~r1 "3",
// ~r2 "true"}}.
//
//go:noinline
func testThreeResults(s string) (string, int, bool) {
	return strings.ToUpper(s), len(s), s != ""
}

// Single results, one per shape.

// @return {int, "40"}.
//
//go:noinline
func resultInt(x int) int {
	return 2 * x
}

// @return {string, "gogo"}.
//
//go:noinline
func resultString(s string) string {
	return s + s
}

// @return {main.point, X "4", Y "16"}.
//
//go:noinline
func resultStruct(x int) point {
	return point{X: x, Y: x * x}
}

// @return {*main.point, address, X "5", Y "-5"}.
//
//go:noinline
func resultPointer(x int) *point {
	return &point{X: x, Y: -x}
}

// @return {[]int, size "3", 0, 1, 4}.
//
//go:noinline
func resultSlice(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

// @return {map[string]int, size "1", k: 1}.
//
//go:noinline
func resultMap(key string) map[string]int {
	return map[string]int{key: len(key)}
}

// @return {error, data {*errors.errorString, s "disk full"}}.
//
//go:noinline
func resultError(what string) error {
	return errors.New(what + " full")
}

// @return {interface {}, data {int, "8"}}.
//
//go:noinline
func resultAny(x int) any {
	return x
}

// A float result is returned in X0: @return "unavailable".
//
//go:noinline
func resultFloat(x int) float64 {
	return float64(x) / 2
}
