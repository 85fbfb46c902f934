/** A whole-screen plain message: not set up, not authorised, still connecting. */
export function StatusPage({ message, hint }: { message: string; hint?: string | undefined }) {
  return (
    <div className="hq-d-status-page" role="alert">
      <p className="hq-d-status-message">{message}</p>
      {hint ? <p className="hq-d-status-hint">{hint}</p> : null}
    </div>
  );
}
