// "What to do now" on an ending where money was lost: the numbers that apply, as tel: links (FACTS C), from the
// course's one list of hotlines (src/lib/hotlines.ts), so a number not sourced there cannot appear here.
import type { Locale } from '../../../../i18n';
import type { Hotline } from '../../../../lib/hotlines';

interface Line { tel: Hotline; label: Record<Locale, string> }

const POLICE: Line = { tel: '110', label: { en: 'Police: report the fraud now; take your phone and the chat to the police station.', 'zh-cn': '报警：马上报案，带上手机和聊天记录去派出所。' } };
const ANTI_FRAUD: Line = { tel: '96110', label: { en: 'Anti-fraud warning line: advice and warnings (it does not replace 110).', 'zh-cn': '反诈预警专线：提醒和劝阻（不能代替110报警）。' } };
const WECHAT_PAY: Line = { tel: '95017', label: { en: 'WeChat Pay customer service: ask them to freeze the transfer before it arrives.', 'zh-cn': '微信支付客服：趁钱还没到账，请他们冻结这笔转账。' } };
const CONSUMER: Line = { tel: '12315', label: { en: 'Consumer complaints line: for training and service fees.', 'zh-cn': '消费投诉热线：投诉培训费、服务费。' } };

const BY_MODULE: Record<string, Line[]> = {
  'mini-program-scams': [POLICE, CONSUMER, WECHAT_PAY],
};

export function helpLines(module: string, locale: Locale): { tel: string; label: string }[] {
  return (BY_MODULE[module] ?? [POLICE, WECHAT_PAY, ANTI_FRAUD]).map((l) => ({ tel: l.tel, label: l.label[locale] }));
}
