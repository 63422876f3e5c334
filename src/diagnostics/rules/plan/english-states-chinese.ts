import { both } from '../../messages.js';
import { defineRule } from '../define.js';

/** What the English states that the Chinese does not, in words for the message. */
const factEn: Readonly<Record<string, string>> = {
  rank: 'the rank',
  number: 'the number',
  ordinal: 'the ordinal',
  scope: 'the scope',
  unit: 'the unit',
  direction: 'the change',
};
const factZh: Readonly<Record<string, string>> = {
  rank: '排名',
  number: '数字',
  ordinal: '序数',
  scope: '范围',
  unit: '单位',
  direction: '变化方向',
};

export const rule = defineRule({
  id: 'plan:english-states-chinese',
  severity: 'error',
  summary:
    'An English text states a fact in words (a rank, a number, a year, an ordinal, a scope, a unit) that its Chinese text and the source phrase it rests on do not state.',
  fix: {
    en: 'Make the English say what the Chinese says (全省第一 is "first in the province"; 连续四年 "four years running"), or correct the Chinese against the document.',
    zh: '使英文与中文所说一致（全省第一 即“first in the province”，连续四年 即“four years running”），或按原文更正中文。',
  },
  reportedBy: 'check',
  fixtures: 'demo-edition',
  messages: {
    notInChinese: (
      kind: 'rank' | 'number' | 'ordinal' | 'scope' | 'unit' | 'direction',
      english: string,
      chinese: string,
      zhText: string,
    ) =>
      both(
        `English text states ${factEn[kind]} "${english}", which the Chinese "${zhText}" and its source phrase do not state${chinese === '' ? '' : ` (they say ${chinese})`}.`,
        `英文中的${factZh[kind]}“${english}”在中文“${zhText}”及其出处原文中没有${chinese === '' ? '' : `（中文为 ${chinese}）`}。`,
      ),
    /** A rank in a place the edition does not name ("first in Zhejiang"). */
    placeNotInEdition: (english: string, place: string, named: string) =>
      both(
        `English text states the rank "${english}" in ${place}, a place the edition does not name (its places: ${named}); a rank's place is its scope, one of the edition's district, city or province, or the nation.`,
        `英文中的排名“${english}”所在的 ${place} 不是本期所列的地名（本期地名：${named}）；排名的地点即其范围，须是本期的区、市、省或全国。`,
      ),
  },
  docs: {
    en: `The English of a text (a label, a narrative paragraph, a rank's or standing's words, a note) is read for the
facts it states in words, and each must be one its Chinese states, read together with the source phrase the record
cites and, in a narrative, the phrases of the figures it cites as \`[[id]]\`:
- a rank: an ordinal with a scope ("third in the nation", "No. 2 in the city", "first in Hangzhou") must be a rank
  statement of the Chinese with that position and scope (全国第三); so must a superlative ("the fastest in the city",
  "second-fastest in the province", "topped the city"), and "second-fastest" with no scope must be a rank of position 2
  of the Chinese. A standing (全市第一方阵, 第一梯队, 前列, 前十) is no position: "first in the city" for it is an error.
  A place named as a rank's scope ("first in Hangzhou") must be one of the edition's (district, city, province).
  Ranks are read per clause (split at ，；。 and , ; .): each rank of an English clause must be stated by a Chinese
  clause of its own, so "The main indicators ranked first in the city, investment growth ranked first in the city"
  for 主要指标稳居全市第一方阵，投资增速列全市第一 is an error, and where the clauses pair off one to one and the English
  states no standing, a rank whose own Chinese clause is a standing is one;
- a number or year in digits or words ("12", "RMB 1 billion", "four", "2024") must be a number of the Chinese, as
  written or times its magnitude (10亿 is 1 billion; 万 is 10,000);
- another ordinal ("for the fifth year running") must be a number of the Chinese ("first" is left alone: English
  uses it in idioms);
- a scope word (nation, national, China; province, provincial; city, municipal; district; the edition's place names)
  must be one the Chinese names (国, 省, 市, 区 or the place);
- a unit (%, percentage points, yuan/RMB, US dollars, hectares, mu, km, square metres, tonnes) must be one the Chinese
  names;
- a verb of change ("grew", "rose"; "fell", "declined", "a decrease of") must go the way the Chinese does (增长, 提高;
  下降, 减少, or a negative figure), where the Chinese states a change.
Paraphrase of everything else is free. English "third in the nation" on a Chinese 全省第一 validated before, and
the English brief printed it. *Example:* \`English text states the rank "third in the nation", which the Chinese
"位列全省第一" and its source phrase do not state (they say 全省第一).\` *Fix:* translate the rank the Chinese states.`,
    zh: `文字（名称、叙述段落、排名或位次的文字、注释）的英文中以文字表述的事实，都必须是其中文（连同该记录引用的出处原文；
叙述中还包括以 \`[[id]]\` 引用的数据的出处原文）所表述的：
- 排名：带范围的序数（“third in the nation”“No. 2 in the city”“first in Hangzhou”）必须是中文中位次与范围相同的排名表述（全国第三）；最高级（“the fastest in the city”“second-fastest in the province”“topped the city”）同样如此，不带范围的“second-fastest”必须是中文中第 2 位的排名。位次（全市第一方阵、第一梯队、前列、前十）不是名次：把它译作“first in the city”是错误。作为排名范围的地名（“first in Hangzhou”）必须是本版次的区、市或省名。排名按分句读（以 ，；。 及 , ; . 分开）：英文每个分句中的排名都须由中文中各自的一个分句表述，因此把“主要指标稳居全市第一方阵，投资增速列全市第一”译作“The main indicators ranked first in the city, investment growth ranked first in the city”是错误；分句一一对应且英文未表述位次时，排名所对应的中文分句是位次（第一方阵）也是错误；
- 以数字或单词写出的数字、年份（“12”“RMB 1 billion”“four”“2024”）必须是中文中的数字，按原样或乘以其数量级（10亿 即 1 billion，万 即 10,000）；
- 其他序数（“for the fifth year running”）必须是中文中的数字（“first”不查：英文常在习语中使用）；
- 范围词（nation、national、China；province、provincial；city、municipal；district；本版次的地名）必须是中文所说的范围（国、省、市、区或该地名）；
- 单位（%、percentage points、yuan/RMB、US dollars、hectares、mu、km、square metres、tonnes）必须是中文中出现的单位；
- 表示变化的动词（“grew”“rose”；“fell”“declined”“a decrease of”）必须与中文的变化方向一致（增长、提高；下降、减少或负数），中文说明了变化时。
其余内容可以意译。中文“全省第一”的英文写成“third in the nation”此前能通过校验，英文版照样印出。*示例：*
\`英文中的排名“third in the nation”在中文“位列全省第一”及其出处原文中没有（中文为 全省第一）。\` *改法：*按中文所说的排名翻译。`,
  },
});
