// Starts the chat on a scenario page. A small page script instead of client:only, so the page skips Astro's island runtime.
import { render } from 'preact';
import Messenger, { type MessengerProps } from '../Messenger';

// Presenter mode (?present) hides the site's bar, the side notes and the footer at once (messenger.css).
if (new URLSearchParams(location.search).has('present')) document.documentElement.classList.add('vf-present');
const host = document.querySelector<HTMLElement>('[data-vf-messenger]');
if (host?.dataset.vfMessenger) {
  const props = JSON.parse(host.dataset.vfMessenger) as MessengerProps;
  render(<Messenger {...props} />, host);
}
// On a wide screen the instructions sit open beside the phone-width chat; on a phone they fold away.
const about = document.querySelector<HTMLDetailsElement>('[data-vf-about]');
if (about && matchMedia('(min-width: 60rem)').matches) about.open = true;
