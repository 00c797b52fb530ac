// Command sleeper is a long-running target for the harness's process tests: it
// hits one probed function, says so, then sleeps until it is killed.
//
//	sleeper            tick once, then sleep
//	sleeper spawn      also start a child copy of itself, and print both pids
//	sleeper spawn-group  the same, the child leading a process group of its own
//	                   (as the probe engine starts its target)
//	sleeper spawn-session  the same, the child leading a session of its own
//	sleeper stubborn   ignore SIGTERM, so only SIGKILL ends it
package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"syscall"
	"time"
)

//go:noinline
func tick(n int) int { return n + 1 }

func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "spawn", "spawn-group", "spawn-session":
		child := exec.Command(os.Args[0], "child")
		child.SysProcAttr = &syscall.SysProcAttr{Setpgid: mode == "spawn-group", Setsid: mode == "spawn-session"}
		if err := child.Start(); err != nil {
			fmt.Fprintln(os.Stderr, "sleeper: start child:", err)
			os.Exit(1)
		}
		fmt.Printf("parent %d child %d\n", os.Getpid(), child.Process.Pid)
	case "stubborn":
		signal.Ignore(syscall.SIGTERM)
	}
	fmt.Println("sleeper ticked", tick(41))
	time.Sleep(time.Hour)
}
