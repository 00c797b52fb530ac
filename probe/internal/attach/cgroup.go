package attach

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// CgroupPrefix starts the name of the cgroup each run puts its target in,
// followed by the engine's PID: whoever outlives an engine (the harness, the
// next run) can find the cgroup of a dead one and kill what is left in it.
const CgroupPrefix = "godi-run-"

// runGroup is a cgroup v2 that holds the target and everything it starts,
// whatever process group or session they move to: killing it (cgroup.kill)
// kills them all at once, which a process group cannot promise.
type runGroup struct{ dir string }

// newRunGroup creates this engine's cgroup under the cgroup2 mount; nil and
// no error when the machine has no cgroup2 hierarchy (the process group is
// then all there is).
func newRunGroup() (*runGroup, error) {
	root, err := cgroup2Mount()
	if err != nil || root == "" {
		return nil, err
	}
	dir := filepath.Join(root, CgroupPrefix+strconv.Itoa(os.Getpid()))
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
		return nil, fmt.Errorf("creating the run's cgroup: %w", err)
	}
	return &runGroup{dir: dir}, nil
}

// add moves pid (and so its future children) into the group.
func (g *runGroup) add(pid int) error {
	if g == nil {
		return nil
	}
	if err := os.WriteFile(filepath.Join(g.dir, "cgroup.procs"), []byte(strconv.Itoa(pid)), 0); err != nil {
		return fmt.Errorf("moving the target into %s: %w", g.dir, err)
	}
	return nil
}

// kill kills every process of the group, waits until it is empty and
// removes it.
func (g *runGroup) kill() error {
	if g == nil {
		return nil
	}
	return KillCgroup(g.dir)
}

// KillCgroup kills everything in the cgroup at dir, waits (at most 5 s)
// until it is empty, and removes it. A cgroup already gone is no error.
func KillCgroup(dir string) error {
	if err := os.WriteFile(filepath.Join(dir, "cgroup.kill"), []byte("1"), 0); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("killing %s: %w", dir, err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		err := os.Remove(dir)
		if err == nil || errors.Is(err, os.ErrNotExist) {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("removing %s: %w", dir, err)
		}
		time.Sleep(5 * time.Millisecond) // EBUSY until the killed processes are reaped
	}
}

// cgroup2Mount is where the cgroup v2 hierarchy is mounted ("" when it is
// not): /sys/fs/cgroup on a unified system, /sys/fs/cgroup/unified on a
// hybrid one.
func cgroup2Mount() (string, error) {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return "", err
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		// ... mount-point ... - fstype source options
		fields := strings.Fields(s.Text())
		for i, field := range fields {
			if field == "-" && i+1 < len(fields) && fields[i+1] == "cgroup2" && len(fields) > 4 {
				return fields[4], nil
			}
		}
	}
	return "", s.Err()
}

// sweepDeadRuns kills and removes the cgroups of engines that died
// without cleaning up (SIGKILL), and so whatever they left running.
func sweepDeadRuns() error {
	root, err := cgroup2Mount()
	if err != nil || root == "" {
		return err
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		pid, err := strconv.Atoi(strings.TrimPrefix(e.Name(), CgroupPrefix))
		if !e.IsDir() || !strings.HasPrefix(e.Name(), CgroupPrefix) || err != nil || processAlive(pid) {
			continue
		}
		errs = append(errs, KillCgroup(filepath.Join(root, e.Name())))
	}
	return errors.Join(errs...)
}

func processAlive(pid int) bool {
	_, err := os.Stat(fmt.Sprintf("/proc/%d", pid))
	return err == nil
}
