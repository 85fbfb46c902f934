/** The "连接中断" badge every live screen shows while its feed is down. */
export function ConnectionBadge({
  status,
  label,
}: {
  status: 'connecting' | 'live' | 'offline' | 'unauthorized';
  label?: string;
}) {
  if (status === 'live') return null;
  const text =
    label ??
    (status === 'connecting'
      ? '正在连接…'
      : status === 'unauthorized'
        ? '设备未授权'
        : '连接中断，正在重连…');
  return (
    <div role="status" className="hq-connection-badge" data-status={status}>
      {text}
    </div>
  );
}
