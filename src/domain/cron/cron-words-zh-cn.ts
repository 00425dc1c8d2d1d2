// Registers cronstrue's Simplified Chinese words with describeCron. Only this one extra locale: cronstrue's
// bundle of every locale would triple its weight, and it loads with the Chinese catalogue only.
import 'cronstrue/locales/zh_CN';
