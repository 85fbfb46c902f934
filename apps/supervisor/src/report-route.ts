/** Whether the address names the report pages (#reports); follows the browser's back button. */
import { useEffect, useState } from 'react';

export function useReportsRoute(): boolean {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return hash === '#reports';
}
