// Things named after the process that made them (`<prefix><pid>` or `<prefix><pid>-…`): temporary
// folders, engine cgroups. A SIGKILL leaves them behind; whoever comes next removes them.

/** Whether `name` is `<prefix><pid>[-…]` and that process is gone. */
export function ownerIsGone(name: string, prefix: string): boolean {
  if (!name.startsWith(prefix)) return false;
  const pid = Number(name.slice(prefix.length).split('-')[0]);
  return Number.isInteger(pid) && pid > 0 && !alive(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
