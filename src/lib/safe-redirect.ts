/** Only newsroom paths on this site; anything else (other hosts, //evil, javascript:) becomes /admin. */
export function safeNewsroomPath(next: string | null | undefined): string {
  if (!next || !/^\/admin(\/[A-Za-z0-9/_-]*)?(\?[A-Za-z0-9=&_-]*)?$/.test(next)) return "/admin";
  return next;
}
