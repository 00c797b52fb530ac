package attach

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"time"

	"github.com/cilium/ebpf/link"
	"github.com/cilium/ebpf/ringbuf"
	"golang.org/x/sys/unix"

	"github.com/godi-golden/probe/internal/bpfload"
	"github.com/godi-golden/probe/internal/capfile"
	"github.com/godi-golden/probe/internal/record"
)

// Config says what to run and under which programs.
type Config struct {
	Objects *bpfload.Objects
	Binary  string
	Args    []string
	// Stdin, Stdout, Stderr of the target; nil means the engine's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Timeout kills the target's process group when it runs longer; 0 means none.
	Timeout time.Duration
}

// Result is what one run captured.
type Result struct {
	Events  []capfile.Event // timestamps in unix nanoseconds, in ring buffer order
	Dropped []uint64        // by probe index: events the programs could not emit
	Sampled []uint64        // by probe index: hits the probes' sampling skipped
	// RecordBytes is the size of the ring records read, all together.
	RecordBytes int
	// UnixOffsetNs converts the kernel's CLOCK_MONOTONIC to unix time.
	UnixOffsetNs int64
	// Target is the target's exit state.
	Target *os.ProcessState
	// StderrTail is the end of what the target wrote to stderr (a panic's
	// trace, say), at most stderrTailBytes.
	StderrTail string
}

// stderrTailBytes is how much of the target's stderr a Result keeps.
const stderrTailBytes = 4096

// tailWriter keeps the last limit bytes written to it.
type tailWriter struct {
	mu    sync.Mutex
	limit int
	buf   []byte
}

func (w *tailWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf = append(w.buf, p...)
	if over := len(w.buf) - w.limit; over > 0 {
		w.buf = append(w.buf[:0], w.buf[over:]...)
	}
	return len(p), nil
}

func (w *tailWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return string(w.buf)
}

// TimeoutError says the target ran past Config.Timeout and was killed.
type TimeoutError struct{ Timeout time.Duration }

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("the target ran longer than %s and was killed", e.Timeout)
}

// Run starts the target stopped, attaches every program to its PID, lets it
// run to completion while reading the ring buffer, and detaches. Whatever
// happens (target exit or crash, timeout, ctx cancelled), every uprobe is
// detached and the target's process group is dead when Run returns. On a
// timeout the partial Result comes back with a *TimeoutError; on
// cancellation with ctx.Err().
func Run(ctx context.Context, cfg Config) (*Result, error) {
	offset, err := monotonicToUnix()
	if err != nil {
		return nil, err
	}
	pcs := make([]uint64, len(cfg.Objects.Attachments))
	for i, a := range cfg.Objects.Attachments {
		pcs[i] = a.PC
	}
	offsets, err := fileOffsets(cfg.Binary, pcs)
	if err != nil {
		return nil, err
	}
	exe, err := link.OpenExecutable(cfg.Binary)
	if err != nil {
		return nil, err
	}
	if err := sweepDeadRuns(); err != nil {
		return nil, fmt.Errorf("removing what dead runs left: %w", err)
	}
	group, err := newRunGroup()
	if err != nil {
		return nil, err
	}
	defer group.kill() // the target and everything it started, in any process group
	reader, err := ringbuf.NewReader(cfg.Objects.Events())
	if err != nil {
		return nil, fmt.Errorf("opening the ring buffer: %w", err)
	}
	defer reader.Close()

	var links []link.Link
	defer func() { detach(links) }()
	cmd := exec.Command(cfg.Binary, cfg.Args...)
	cmd.Stdin = cmp.Or(cfg.Stdin, io.Reader(os.Stdin))
	cmd.Stdout = cmp.Or(cfg.Stdout, io.Writer(os.Stdout))
	stderrTail := &tailWriter{limit: stderrTailBytes}
	cmd.Stderr = io.MultiWriter(cmp.Or(cfg.Stderr, io.Writer(os.Stderr)), stderrTail)
	err = startStopped(cmd, func(pid int) error {
		if err := group.add(pid); err != nil {
			return err
		}
		var attachErr error
		links, attachErr = attachPrograms(exe, cfg.Objects.Attachments, offsets, pid)
		return attachErr
	})
	if err != nil {
		return nil, err
	}
	pid := cmd.Process.Pid
	defer killGroup(pid) // children the target left behind

	res := &Result{UnixOffsetNs: offset}
	var records [][]byte
	var readErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		readErr = readRecords(reader, &records)
	}()

	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	var timeout <-chan time.Time
	if cfg.Timeout > 0 {
		t := time.NewTimer(cfg.Timeout)
		defer t.Stop()
		timeout = t.C
	}
	var runErr error
	select {
	case <-exited:
	case <-timeout:
		killGroup(pid)
		<-exited
		runErr = &TimeoutError{cfg.Timeout}
	case <-ctx.Done():
		killGroup(pid)
		<-exited
		runErr = ctx.Err()
	}
	res.Target = cmd.ProcessState
	res.StderrTail = stderrTail.String()

	// No program runs once detached: what the ring holds now is everything.
	detach(links)
	links = nil
	if err := reader.Flush(); err != nil {
		return nil, fmt.Errorf("draining the ring buffer: %w", err)
	}
	wg.Wait()
	if readErr != nil {
		return nil, readErr
	}
	if res.Events, err = decodeRecords(records, cfg.Objects.Static, offset); err != nil {
		return nil, err
	}
	for _, r := range records {
		res.RecordBytes += len(r)
	}
	if res.Dropped, err = cfg.Objects.Dropped(); err != nil {
		return nil, err
	}
	if res.Sampled, err = cfg.Objects.Sampled(); err != nil {
		return nil, err
	}
	return res, runErr
}

// pollInterval is how often the reader looks at the ring: the programs do
// not wake it per record (a wakeup per event would cost the target more
// than the event itself) but only when the ring is half full.
const pollInterval = 20 * time.Millisecond

// readRecords copies ring buffer records until a flush has drained the ring.
// Decoding waits for the run's end (decodeRecords): the reader shares the
// machine with the target, and a cheap copy takes less from it.
func readRecords(r *ringbuf.Reader, out *[][]byte) error {
	var rec ringbuf.Record
	for {
		r.SetDeadline(time.Now().Add(pollInterval))
		if err := r.ReadInto(&rec); err != nil {
			if errors.Is(err, ringbuf.ErrFlushed) {
				return nil
			}
			if errors.Is(err, os.ErrDeadlineExceeded) {
				continue
			}
			return fmt.Errorf("reading the ring buffer: %w", err)
		}
		*out = append(*out, bytes.Clone(rec.RawSample)) // ReadInto reuses the sample's memory
	}
}

// decodeRecords turns the run's records into events on the unix clock.
func decodeRecords(records [][]byte, static record.StaticMemory, unixOffset int64) ([]capfile.Event, error) {
	events := make([]capfile.Event, 0, len(records))
	for i, raw := range records {
		ev, err := record.Decode(raw, static)
		if err != nil {
			return nil, fmt.Errorf("event %d: %w", i, err)
		}
		ev.TimestampNs = uint64(int64(ev.TimestampNs) + unixOffset)
		events = append(events, ev)
	}
	return events, nil
}

// monotonicToUnix measures unix time minus CLOCK_MONOTONIC (what
// bpf_ktime_get_ns reads), bracketing the monotonic reading to halve the error.
func monotonicToUnix() (int64, error) {
	var before, after unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &before); err != nil {
		return 0, fmt.Errorf("reading CLOCK_MONOTONIC: %w", err)
	}
	now := time.Now().UnixNano()
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &after); err != nil {
		return 0, fmt.Errorf("reading CLOCK_MONOTONIC: %w", err)
	}
	return now - (before.Nano()+after.Nano())/2, nil
}

// attachPrograms attaches each program to all its PCs (offsets, by
// attachment; a program's attachments are adjacent) with one uprobe_multi
// link, for the process pid only. Detaching a perf-event uprobe waits for
// an RCU grace period under a kernel-wide lock, one uprobe after the other
// (2.5 s for a case of 13 probes, 12 s for one of 73 here); uprobe_multi
// links detach concurrently (detach), in about 0.1 s whatever their number.
func attachPrograms(exe *link.Executable, attachments []bpfload.Attachment, offsets []uint64, pid int) ([]link.Link, error) {
	var links []link.Link
	for first := 0; first < len(attachments); {
		prog := attachments[first].Program
		opts := &link.UprobeMultiOptions{PID: uint32(pid)}
		end := first
		for ; end < len(attachments) && attachments[end].Program == prog; end++ {
			opts.Addresses = append(opts.Addresses, offsets[end])
			opts.Cookies = append(opts.Cookies, attachments[end].Cookie)
		}
		l, err := exe.UprobeMulti(nil, prog, opts)
		if err != nil {
			a := attachments[first]
			return links, fmt.Errorf("attaching probe %d at 0x%x: %w", a.Probe, a.PC, err)
		}
		links = append(links, l)
		first = end
	}
	return links, nil
}

// detach closes the links all at once: each waits for an RCU grace period
// (about 100 ms here), and concurrent closes share them.
func detach(links []link.Link) {
	var wg sync.WaitGroup
	for _, l := range links {
		wg.Go(func() { l.Close() })
	}
	wg.Wait()
}
