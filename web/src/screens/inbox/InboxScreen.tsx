import './inbox.css';
import { useRoute } from '../../lib/router';
import { ConversationView } from './ConversationView';
import { InboxList } from './InboxList';
import { NowProvider } from './sla';

/** `#/inbox` lists conversations; `#/inbox/<id>` opens one. */
export default function InboxScreen() {
  const route = useRoute();
  const id = /^\/inbox\/([^/?#]+)$/.exec(route)?.[1];
  return (
    <NowProvider>
      {id ? <ConversationView key={id} id={decodeURIComponent(id)} /> : <InboxList />}
    </NowProvider>
  );
}
