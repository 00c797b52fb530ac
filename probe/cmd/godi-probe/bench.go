package main

import (
	"context"
	"encoding/json"
	"flag"
	"io"
	"strings"

	"github.com/godi-golden/probe/internal/bench"
)

func benchCommand(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	calls := fs.Int("calls", 200000, "calls timed per run")
	rounds := fs.Int("rounds", 5, "timed runs per configuration (min and median reported)")
	shapes := fs.String("shapes", "", "comma-separated keys of the shapes to measure (default: all)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return &usageError{"want -- BENCH_BINARY (built from probe/testdata/target)"}
	}
	var keys []string
	if *shapes != "" {
		keys = strings.Split(*shapes, ",")
	}
	r, err := bench.Run(ctx, fs.Arg(0), *calls, *rounds, keys...)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
