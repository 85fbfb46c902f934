/**
 * The scrolling notice (滚动公告) set by the admin. A CSS animation moves it;
 * its duration follows the text length so long notices scroll as fast as
 * short ones. Keyed by the text so a new notice starts from the right edge.
 */
export function NoticeBar({ notice }: { notice: string }) {
  const text = notice.trim();
  if (!text) return null;
  const seconds = Math.max(15, Math.round(text.length * 0.45));
  return (
    <footer className="hq-d-notice" role="marquee" aria-label="滚动公告">
      <div key={text} className="hq-d-notice-text" style={{ animationDuration: `${seconds}s` }}>
        {text}
      </div>
    </footer>
  );
}
