import { useEffect, useState } from 'react';
import { parseVerifierKey, type VerifierKey } from '../../lib/verify';

const KEY = 'countersign.archive.trustedKey';

/** The checkpoint key the auditor pins, kept in this browser only. */
export function useTrustedKey() {
  const [text, setText] = useState<string>(() => localStorage.getItem(KEY) ?? '');
  const [key, setKey] = useState<VerifierKey | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const t = text.trim();
    if (t === '') {
      setKey(null);
      setError(null);
      localStorage.removeItem(KEY);
      return;
    }
    parseVerifierKey(t).then(
      (k) => {
        if (!live) return;
        setKey(k);
        setError(null);
        localStorage.setItem(KEY, t);
      },
      (e: unknown) => {
        if (!live) return;
        setKey(null);
        setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [text]);

  return { text, setText, key, error };
}
