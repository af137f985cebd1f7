"""Development batches not yet tuned on by the rules, scored in every run.

Each was written by someone who never saw the coach and scored once, blind, before anything
used it (the first look is in its file's docstring and in docs/coach.md). The learned second
opinion now trains on them, so the figures printed here flatter it: the honest measure is
the held-out batches. The floors only catch a regression below the first look; the traps'
ceiling is 10 %, or a batch's own rate at its first look where its writer made it harder.
"""

from __future__ import annotations

import coach_corpus_es_dev8
import coach_corpus_es_dev9
import coach_corpus_es_dev10
import coach_corpus_es_dev11
import coach_corpus_es_dev12
import coach_corpus_es_dev13
import coach_corpus_es_dev14
import coach_corpus_es_dev15
import coach_corpus_es_dev16
import coach_corpus_es_dev17
import coach_corpus_es_dev18
import coach_corpus_es_dev19
import coach_corpus_es_dev20
import coach_corpus_es_dev21
import coach_corpus_es_dev22
import coach_corpus_es_dev23
import coach_corpus_es_dev24
import coach_corpus_es_dev25
import coach_corpus_es_dev26
import coach_corpus_es_dev27
import coach_corpus_es_dev28
import coach_corpus_es_dev29
import coach_corpus_es_dev30
import coach_corpus_es_dev31
import coach_corpus_es_dev32
import coach_corpus_es_dev33
import coach_corpus_es_dev34
import coach_corpus_es_dev35
import coach_corpus_es_dev36
import coach_corpus_es_dev37
import coach_corpus_es_dev38
import coach_corpus_es_dev39
import coach_corpus_es_dev40
import coach_corpus_es_dev41
import coach_corpus_es_dev42
import coach_corpus_es_dev43
import coach_corpus_es_dev44
import coach_corpus_es_dev45
import coach_corpus_es_dev46
import coach_corpus_es_dev47
import coach_corpus_es_dev48
import coach_corpus_es_dev49
import coach_corpus_es_dev50
import coach_corpus_es_dev51
import coach_corpus_es_dev52
import coach_corpus_es_dev53
import coach_dev8
import coach_dev9
import coach_dev10
import coach_dev11
import coach_dev12
import coach_dev13
import coach_dev14
import coach_dev15
import coach_dev16
import coach_dev17
import coach_dev18
import coach_dev19
import coach_dev20
import coach_dev21
import coach_dev22
import coach_dev23
import coach_dev24
import coach_dev25
import coach_dev26
import coach_dev27
import coach_dev28
import coach_dev29
import coach_dev30
import coach_dev31
import coach_dev32
import coach_dev33
import coach_dev34
import coach_dev35
import coach_dev36
import coach_dev37
import coach_dev38
import coach_dev39
import coach_dev40
import coach_dev41
import coach_dev42
import coach_dev43
import coach_dev44
import coach_dev45
import coach_dev46
import coach_dev47
import coach_dev48
import coach_dev49
import coach_dev50
import coach_dev51
import coach_dev52
import coach_dev53
import coach_dev54
import coach_dev55
import coach_dev56
import coach_dev57
import coach_dev58
import coach_dev59
import coach_dev60
import coach_dev61
import coach_dev62
import coach_dev63
import coach_dev64
import coach_dev65
import coach_dev66
import coach_dev67
import coach_dev68
import coach_dev69
import coach_dev70
import coach_dev71
import coach_dev72
import coach_dev73
import coach_dev74
import coach_dev75
import coach_dev76
import coach_dev77
import coach_dev78
import coach_dev79
import coach_dev80
import coach_dev81
import coach_dev82
import coach_dev83
import coach_dev84
import coach_dev85
import coach_dev86
import coach_dev87
import coach_dev88
import coach_dev89
import coach_dev90
import coach_dev91
import coach_dev92
import coach_dev93
import coach_dev94
import coach_dev95
import coach_dev96
import coach_dev97
import coach_dev98
import coach_dev99
import coach_dev100
import coach_dev101
import coach_dev102
import coach_dev103
import coach_dev104
import coach_dev105
import coach_dev106
import coach_dev107
import coach_dev108
import coach_dev109
import coach_dev110
import coach_dev111
import coach_dev112
import coach_dev113
import coach_dev114
import coach_dev115
import coach_dev116
import coach_dev117
import coach_dev118
import coach_dev119
import coach_dev120
import coach_dev121
import coach_dev122
import coach_dev123
import coach_dev124
import coach_dev125
import coach_dev126
import coach_dev127
import coach_dev128
import coach_dev129
import coach_dev130
import coach_dev131
import coach_dev132
import coach_dev133
import coach_dev134
import coach_dev135
import coach_dev136
import coach_dev137
import coach_dev138
import coach_dev139
import coach_dev140
import coach_dev141
import coach_dev142
import coach_dev143
import coach_dev144
import coach_dev145
import coach_dev146
import coach_dev147
import coach_dev148
import coach_dev149
import coach_dev150
import coach_dev151
import coach_dev152
import coach_dev153
import coach_dev154
import coach_dev155
import coach_dev156
import coach_dev157
import coach_dev158
import coach_dev159
import coach_dev160
import coach_dev161
import coach_dev162
import coach_dev163
import coach_dev164
import coach_dev165
import coach_dev166
import coach_dev167
import coach_dev168
import coach_dev169
import coach_dev170
import coach_dev171
import coach_dev172
import coach_dev173
import coach_dev174
import coach_dev175
import coach_dev176
import coach_dev177
import coach_dev178
import coach_dev179
import coach_dev180
import coach_dev181
import coach_dev182
import coach_dev183
import coach_dev184
import coach_dev185
import coach_dev186
import coach_dev187
import coach_dev188
import coach_dev189
import coach_dev190
import coach_dev191
import coach_dev192
import coach_dev193
import coach_dev194
import coach_dev195
import coach_dev196
import coach_dev197
import coach_dev198
import coach_dev199
import coach_dev200
import coach_dev201
import coach_dev202
import coach_dev203
import coach_dev204
import coach_dev205
import coach_dev206
import coach_dev207
import coach_dev208
import coach_dev209
import coach_dev210
import coach_dev211
import coach_dev212
import coach_dev213
import coach_dev214
import coach_dev215
import coach_dev216
import coach_dev217
import coach_dev218
import coach_dev219
import coach_dev220
import pytest
from coach_scores import score

from interventionplanner.storage.coach_rules import load_coach

BATCHES = [
    ("en", "English dev 8 (trained on)", coach_dev8, "DEV8", 0.66, 0.10),
    ("en", "English dev 9 (trained on)", coach_dev9, "DEV9", 0.72, 0.10),
    ("es", "Spanish dev 8 (trained on)", coach_corpus_es_dev8, "DEV8", 0.72, 0.10),
    ("es", "Spanish dev 9 (trained on)", coach_corpus_es_dev9, "DEV9", 0.75, 0.10),
    # Round 7's, first looked at with round 6's rules and model (main 22e3d93).
    ("en", "English dev 10 (trained on)", coach_dev10, "DEV10", 0.80, 0.10),
    ("en", "English dev 11 (trained on)", coach_dev11, "DEV11", 0.85, 0.18),
    ("en", "English dev 12 (trained on)", coach_dev12, "DEV12", 0.80, 0.15),
    ("en", "English dev 13 (trained on)", coach_dev13, "DEV13", 0.74, 0.10),
    ("en", "English dev 14 (trained on)", coach_dev14, "DEV14", 0.78, 0.14),
    ("en", "English dev 15 (trained on)", coach_dev15, "DEV15", 0.82, 0.14),
    ("en", "English dev 16 (trained on)", coach_dev16, "DEV16", 0.77, 0.16),
    # Round 8's, first looked at with round 7's rules and model (main dc8d3ce); dev 17 and 18
    # in British, Irish, Australian, New Zealand and Canadian voices, 21 and 22 mostly traps.
    ("en", "English dev 17 (trained on)", coach_dev17, "DEV17", 0.92, 0.10),
    ("en", "English dev 18 (trained on)", coach_dev18, "DEV18", 0.85, 0.10),
    ("en", "English dev 19 (trained on)", coach_dev19, "DEV19", 0.86, 0.10),
    ("en", "English dev 20 (trained on)", coach_dev20, "DEV20", 0.85, 0.18),
    ("en", "English dev 21 (trained on)", coach_dev21, "DEV21", 0.92, 0.10),
    ("en", "English dev 22 (trained on)", coach_dev22, "DEV22", 0.87, 0.15),
    # Round 9's, first looked at with round 8's rules and model (main 9da9861): dev 23 and 28
    # mostly the hard kinds said indirectly, 27 in polished, indirect wording too; h81 tuned
    # round 9's false-flag guards on dev 24 and 26, h82 its recall rules on dev 23 and 28 (the
    # r9i_ block); 25, 27 and 29-31 were not tuned on.
    ("en", "English dev 23 (trained on)", coach_dev23, "DEV23", 0.77, 0.10),
    ("en", "English dev 24 (trained on)", coach_dev24, "DEV24", 0.90, 0.10),
    ("en", "English dev 25 (trained on)", coach_dev25, "DEV25", 0.86, 0.10),
    ("en", "English dev 26 (trained on)", coach_dev26, "DEV26", 0.92, 0.10),
    ("en", "English dev 27 (trained on)", coach_dev27, "DEV27", 0.85, 0.10),
    ("en", "English dev 28 (trained on)", coach_dev28, "DEV28", 0.72, 0.10),
    ("en", "English dev 29 (trained on)", coach_dev29, "DEV29", 0.91, 0.10),
    ("en", "English dev 30 (trained on)", coach_dev30, "DEV30", 0.88, 0.10),
    ("en", "English dev 31 (trained on)", coach_dev31, "DEV31", 0.85, 0.10),
    # Round 10's, first looked at with round 9's rules and model (main 4bd33cd): dev 32 and 33
    # mostly good sentences and traps (h87 tuned round 10's false-flag guards on them), 34 and
    # 35 mostly the hard kinds said indirectly (h86's recall rules), 36 a mix nobody tuned on.
    ("en", "English dev 32 (trained on)", coach_dev32, "DEV32", 0.93, 0.10),
    ("en", "English dev 33 (trained on)", coach_dev33, "DEV33", 0.93, 0.10),
    ("en", "English dev 34 (trained on)", coach_dev34, "DEV34", 0.72, 0.15),
    ("en", "English dev 35 (trained on)", coach_dev35, "DEV35", 0.82, 0.13),
    ("en", "English dev 36 (trained on)", coach_dev36, "DEV36", 0.86, 0.10),
    # First looked at with main 524b66c (round 9's rules, the model retrained at round 10's
    # start); nobody tuned on them. Dev 38 is mostly hard traps.
    ("en", "English dev 37 (trained on)", coach_dev37, "DEV37", 0.90, 0.10),
    ("en", "English dev 38 (trained on)", coach_dev38, "DEV38", 0.93, 0.18),
    # Round 11's, first looked at with round 10's rules and model (main 893a749): dev 39 young
    # adults' slang, 40 spouses and partners, 43 the hard kinds said indirectly (h96's recall
    # rules, the r11c_ block), 42 mostly good sentences and hard traps (h94's guards), 41
    # churchgoing and rural families, nobody tuned on.
    ("en", "English dev 39 (trained on)", coach_dev39, "DEV39", 0.86, 0.10),
    ("en", "English dev 40 (trained on)", coach_dev40, "DEV40", 0.86, 0.10),
    ("en", "English dev 41 (trained on)", coach_dev41, "DEV41", 0.92, 0.10),
    ("en", "English dev 42 (trained on)", coach_dev42, "DEV42", 0.93, 0.10),
    ("en", "English dev 43 (trained on)", coach_dev43, "DEV43", 0.70, 0.10),
    # Round 12's, first looked at with round 11's rules and model (main 0cfe64c): dev 44
    # teenagers' texting, 45 churchgoing families saying it politely, 48 friends and
    # coworkers (h106's recall rules, the r12c_ block), 46 mostly hard good sentences and
    # traps (h104's guards), 47 spouses and co-parents, nobody tuned on.
    ("en", "English dev 44 (trained on)", coach_dev44, "DEV44", 0.87, 0.12),
    ("en", "English dev 45 (trained on)", coach_dev45, "DEV45", 0.83, 0.10),
    ("en", "English dev 46 (trained on)", coach_dev46, "DEV46", 0.99, 0.10),
    ("en", "English dev 47 (trained on)", coach_dev47, "DEV47", 0.80, 0.11),
    ("en", "English dev 48 (trained on)", coach_dev48, "DEV48", 0.86, 0.10),
    # Round 13's, first looked at with round 12's rules and model (main 8fc185f): dev 49
    # bilingual families writing in their second language, nobody tuned on (the rule writers'
    # check set); dev 50 asked for 20 blame and 20 threat sentences (h110's recall rules, the
    # r13c_ block); dev 51 mostly hard good sentences and traps (h111's guards).
    ("en", "English dev 49 (trained on)", coach_dev49, "DEV49", 0.90, 0.11),
    ("en", "English dev 50 (trained on)", coach_dev50, "DEV50", 0.83, 0.10),
    ("en", "English dev 51 (trained on)", coach_dev51, "DEV51", 0.95, 0.12),
    # Round 14's, first looked at with round 13's rules and model (main a62dc00): dev 52
    # blended families (step-parents, in-laws, exes), 53 voices shaped by a job (a nurse, a
    # police officer, a pastor), 54 teenagers and writers of English as a second language;
    # nobody wrote rules from them.
    ("en", "English dev 52 (trained on)", coach_dev52, "DEV52", 0.93, 0.14),
    ("en", "English dev 53 (trained on)", coach_dev53, "DEV53", 0.89, 0.15),
    ("en", "English dev 54 (trained on)", coach_dev54, "DEV54", 0.91, 0.12),
    # First looked at with main 3e794bf (round 13's rules, the model retrained on AE-AG and
    # dev 52-54): dev 55 long, layered sentences said politely, 56 asked for 25 each of
    # insult, hearsay, absolute, blame and sarcasm, 57 mostly hard good sentences and traps.
    ("en", "English dev 55 (trained on)", coach_dev55, "DEV55", 0.84, 0.12),
    ("en", "English dev 56 (trained on)", coach_dev56, "DEV56", 0.83, 0.10),
    ("en", "English dev 57 (trained on)", coach_dev57, "DEV57", 0.93, 0.10),
    # Round 15's, first looked at with main 46d8431 (round 14's rules and model): the loved
    # one named in the third person ("her only grandson", "the man I married"), its traps
    # harsh words about someone else said the same way (14 of 70 flagged at the first look).
    ("en", "English dev 58 (trained on)", coach_dev58, "DEV58", 0.66, 0.20),
    # Round 16's, first looked at with main a1fef72 (round 15's rules and model): dev 59 and 63
    # absolutes and blame in the writers' own words (the held-out batches' weakest kinds), 60
    # regional voices and slang, 61 the harsh part buried mid-letter, 62 mostly hard good
    # sentences and traps (4 of 90 good flagged at the first look, 3 of them by the model).
    ("en", "English dev 59 (trained on)", coach_dev59, "DEV59", 0.73, 0.10),
    ("en", "English dev 60 (trained on)", coach_dev60, "DEV60", 0.88, 0.13),
    ("en", "English dev 61 (trained on)", coach_dev61, "DEV61", 0.80, 0.14),
    ("en", "English dev 62 (trained on)", coach_dev62, "DEV62", 0.95, 0.14),
    ("en", "English dev 63 (trained on)", coach_dev63, "DEV63", 0.81, 0.11),
    # Round 18's, first looked at with main 797675b (round 16's rules and model): dev 64
    # absolutes, blame and hearsay in long, rambling sentences, 65 sarcasm, insults and
    # diagnosing (sarcasm 19/34 at the first look, 9 of 51 traps flagged), 66 the hard word
    # mid-sentence, warm good sentences with feared words, and traps.
    ("en", "English dev 64 (trained on)", coach_dev64, "DEV64", 0.88, 0.10),
    ("en", "English dev 65 (trained on)", coach_dev65, "DEV65", 0.81, 0.18),
    ("en", "English dev 66 (trained on)", coach_dev66, "DEV66", 0.92, 0.10),
    # Round 19's, first looked at with main 03867e0 (round 18's rules and model), written
    # toward the held-out batches' weakest kinds: dev 67 absolutes and blame, 68 hearsay and
    # insults, 69 sarcasm, 70 mostly good sentences and hard traps, 71 formal, religious and
    # second-language writers saying the hard kinds politely.
    ("en", "English dev 67 (trained on)", coach_dev67, "DEV67", 0.79, 0.15),
    ("en", "English dev 68 (trained on)", coach_dev68, "DEV68", 0.87, 0.14),
    ("en", "English dev 69 (trained on)", coach_dev69, "DEV69", 0.93, 0.10),
    ("en", "English dev 70 (trained on)", coach_dev70, "DEV70", 0.97, 0.10),
    ("en", "English dev 71 (trained on)", coach_dev71, "DEV71", 0.79, 0.14),
    # The round's second wave, first looked at with the same main: dev 72 blame and absolutes
    # said indirectly, 73 hearsay and sarcasm (often texting), 74 insults and diagnosing from
    # the older generation, with many traps, 75 whole letters with every kind mid-sentence.
    ("en", "English dev 72 (trained on)", coach_dev72, "DEV72", 0.88, 0.10),
    ("en", "English dev 73 (trained on)", coach_dev73, "DEV73", 0.87, 0.18),
    ("en", "English dev 74 (trained on)", coach_dev74, "DEV74", 0.84, 0.10),
    ("en", "English dev 75 (trained on)", coach_dev75, "DEV75", 0.87, 0.10),
    # Round 20's, first looked at with round 19's rules and model (main 2ab5128): dev 76
    # absolutes, 77 blame, 78 hearsay, 79 threats, 80 sarcasm, 81 labels and diagnosing in
    # slang, 82 rushed phone-typed letters; Spanish dev 14 insults and hearsay.
    ("en", "English dev 76 (trained on)", coach_dev76, "DEV76", 0.92, 0.11),
    ("en", "English dev 77 (trained on)", coach_dev77, "DEV77", 0.80, 0.13),
    ("en", "English dev 78 (trained on)", coach_dev78, "DEV78", 0.97, 0.10),
    ("en", "English dev 79 (trained on)", coach_dev79, "DEV79", 0.97, 0.10),
    ("en", "English dev 80 (trained on)", coach_dev80, "DEV80", 0.77, 0.10),
    ("en", "English dev 81 (trained on)", coach_dev81, "DEV81", 0.78, 0.13),
    ("en", "English dev 82 (trained on)", coach_dev82, "DEV82", 0.92, 0.10),
    # The round's second wave, its check set (scored by figures only while the rules were
    # written), first looked at with main dcd7f37 (the first wave trained on): dev 83 formal
    # letters, 84 bitter threats and sarcasm, 85 friends and coworkers, 86 teenagers.
    ("en", "English dev 83 (trained on)", coach_dev83, "DEV83", 0.83, 0.10),
    ("en", "English dev 84 (trained on)", coach_dev84, "DEV84", 0.90, 0.10),
    ("en", "English dev 85 (trained on)", coach_dev85, "DEV85", 0.84, 0.16),
    ("en", "English dev 86 (trained on)", coach_dev86, "DEV86", 0.96, 0.10),
    # Round 21's first wave, first looked at with main b933936: dev 87 absolutes in short
    # sentences and questions, 88 blame as the cause of a cost, 89 bitter sarcasm, 90 hearsay
    # from what others posted or let slip, 91 terse men's letters, 92 English as a second
    # language; Spanish dev 16 absolutes and blame.
    ("en", "English dev 87 (trained on)", coach_dev87, "DEV87", 0.85, 0.10),
    ("en", "English dev 88 (trained on)", coach_dev88, "DEV88", 0.88, 0.11),
    ("en", "English dev 89 (trained on)", coach_dev89, "DEV89", 0.81, 0.10),
    ("en", "English dev 90 (trained on)", coach_dev90, "DEV90", 0.95, 0.10),
    ("en", "English dev 91 (trained on)", coach_dev91, "DEV91", 0.96, 0.12),
    ("en", "English dev 92 (trained on)", coach_dev92, "DEV92", 0.95, 0.10),
    # The round's check set (scored by figures only while its rules were written), first
    # looked at with main 4fa7a7b (the first wave trained on): dev 93 spouses' absolutes and
    # blame, 94 siblings' sarcasm and hearsay, 95 parents, 96 adult children.
    ("en", "English dev 93 (trained on)", coach_dev93, "DEV93", 0.80, 0.10),
    ("en", "English dev 94 (trained on)", coach_dev94, "DEV94", 0.92, 0.10),
    ("en", "English dev 95 (trained on)", coach_dev95, "DEV95", 0.99, 0.10),
    ("en", "English dev 96 (trained on)", coach_dev96, "DEV96", 0.96, 0.10),
    # A second unread set, written while the rules were: absolutes, blame, sarcasm and hearsay
    # in six voices (97 a long marriage, 98 working-class siblings, 99 a mother's run-ons,
    # 100 a jokey friend, 101 British and Irish, 102 religious elders). The rules flagged 7 and
    # 6 traps of dev 99 and 100; none since round 22's guards (f44).
    ("en", "English dev 97 (trained on)", coach_dev97, "DEV97", 0.92, 0.10),
    ("en", "English dev 98 (trained on)", coach_dev98, "DEV98", 0.88, 0.10),
    ("en", "English dev 99 (trained on)", coach_dev99, "DEV99", 0.80, 0.10),
    ("en", "English dev 100 (trained on)", coach_dev100, "DEV100", 0.81, 0.10),
    ("en", "English dev 101 (trained on)", coach_dev101, "DEV101", 0.93, 0.10),
    ("en", "English dev 102 (trained on)", coach_dev102, "DEV102", 0.84, 0.10),
    # Round 22's first wave, looked at with main 11e22a8, aimed at sarcasm and absolutes: 103 a
    # teenager texting a parent, 104 a spouse's deadpan irony, 105 coworkers, 106 a grandparent,
    # 107 Australian, New Zealand and Canadian idiom, 108 partners and social media, 109 the
    # sibling who stayed. The rules flagged 10, 7 and 7 traps of dev 105, 106 and 108; none
    # since round 22's guards (f44).
    ("en", "English dev 103 (trained on)", coach_dev103, "DEV103", 0.89, 0.10),
    ("en", "English dev 104 (trained on)", coach_dev104, "DEV104", 0.87, 0.10),
    ("en", "English dev 105 (trained on)", coach_dev105, "DEV105", 0.92, 0.10),
    ("en", "English dev 106 (trained on)", coach_dev106, "DEV106", 0.82, 0.10),
    ("en", "English dev 107 (trained on)", coach_dev107, "DEV107", 0.94, 0.10),
    ("en", "English dev 108 (trained on)", coach_dev108, "DEV108", 0.92, 0.10),
    ("en", "English dev 109 (trained on)", coach_dev109, "DEV109", 0.89, 0.10),
    # Round 22's check set (dev 110-116, seen by figures only while the lanes worked) and its
    # unread writers (dev 117-136, aimed at sarcasm and absolutes), first looked at with main
    # cdd2c5a; each floor is the lower of the first look and the figure at merge (bfd6408).
    ("en", "English dev 110 (trained on)", coach_dev110, "DEV110", 0.87, 0.10),
    ("en", "English dev 111 (trained on)", coach_dev111, "DEV111", 0.96, 0.10),
    ("en", "English dev 112 (trained on)", coach_dev112, "DEV112", 0.93, 0.10),
    ("en", "English dev 113 (trained on)", coach_dev113, "DEV113", 0.93, 0.10),
    ("en", "English dev 114 (trained on)", coach_dev114, "DEV114", 0.94, 0.12),
    ("en", "English dev 115 (trained on)", coach_dev115, "DEV115", 0.96, 0.10),
    ("en", "English dev 116 (trained on)", coach_dev116, "DEV116", 0.93, 0.10),
    ("en", "English dev 117 (trained on)", coach_dev117, "DEV117", 0.97, 0.10),
    ("en", "English dev 118 (trained on)", coach_dev118, "DEV118", 0.89, 0.10),
    ("en", "English dev 119 (trained on)", coach_dev119, "DEV119", 0.94, 0.10),
    ("en", "English dev 120 (trained on)", coach_dev120, "DEV120", 0.94, 0.10),
    ("en", "English dev 121 (trained on)", coach_dev121, "DEV121", 0.89, 0.10),
    ("en", "English dev 122 (trained on)", coach_dev122, "DEV122", 0.97, 0.10),
    ("en", "English dev 123 (trained on)", coach_dev123, "DEV123", 0.88, 0.16),
    ("en", "English dev 124 (trained on)", coach_dev124, "DEV124", 0.92, 0.10),
    ("en", "English dev 125 (trained on)", coach_dev125, "DEV125", 0.76, 0.12),
    ("en", "English dev 126 (trained on)", coach_dev126, "DEV126", 0.91, 0.10),
    ("en", "English dev 127 (trained on)", coach_dev127, "DEV127", 0.95, 0.10),
    ("en", "English dev 128 (trained on)", coach_dev128, "DEV128", 0.88, 0.10),
    ("en", "English dev 129 (trained on)", coach_dev129, "DEV129", 0.92, 0.12),
    ("en", "English dev 130 (trained on)", coach_dev130, "DEV130", 0.88, 0.10),
    ("en", "English dev 131 (trained on)", coach_dev131, "DEV131", 0.90, 0.10),
    ("en", "English dev 132 (trained on)", coach_dev132, "DEV132", 0.85, 0.10),
    ("en", "English dev 133 (trained on)", coach_dev133, "DEV133", 0.86, 0.10),
    ("en", "English dev 134 (trained on)", coach_dev134, "DEV134", 0.87, 0.17),
    ("en", "English dev 135 (trained on)", coach_dev135, "DEV135", 0.90, 0.10),
    ("en", "English dev 136 (trained on)", coach_dev136, "DEV136", 0.92, 0.10),
    # Round 23's check set (dev 137-141, seen by figures only while the lanes worked) and its
    # unread writers (dev 142-156, aimed at sarcasm and absolutes), first looked at with main
    # a7edfb6; each floor is the lower of the first look and the figure at merge (a6c7782).
    ("en", "English dev 137 (trained on)", coach_dev137, "DEV137", 0.89, 0.10),
    ("en", "English dev 138 (trained on)", coach_dev138, "DEV138", 0.87, 0.10),
    ("en", "English dev 139 (trained on)", coach_dev139, "DEV139", 0.92, 0.10),
    ("en", "English dev 140 (trained on)", coach_dev140, "DEV140", 0.90, 0.10),
    ("en", "English dev 141 (trained on)", coach_dev141, "DEV141", 0.95, 0.10),
    ("en", "English dev 142 (trained on)", coach_dev142, "DEV142", 0.89, 0.10),
    ("en", "English dev 143 (trained on)", coach_dev143, "DEV143", 0.91, 0.10),
    ("en", "English dev 144 (trained on)", coach_dev144, "DEV144", 0.91, 0.10),
    ("en", "English dev 145 (trained on)", coach_dev145, "DEV145", 0.85, 0.10),
    ("en", "English dev 146 (trained on)", coach_dev146, "DEV146", 0.90, 0.10),
    ("en", "English dev 147 (trained on)", coach_dev147, "DEV147", 0.86, 0.10),
    ("en", "English dev 148 (trained on)", coach_dev148, "DEV148", 0.94, 0.10),
    ("en", "English dev 149 (trained on)", coach_dev149, "DEV149", 0.94, 0.10),
    ("en", "English dev 150 (trained on)", coach_dev150, "DEV150", 0.88, 0.10),
    ("en", "English dev 151 (trained on)", coach_dev151, "DEV151", 0.86, 0.10),
    ("en", "English dev 152 (trained on)", coach_dev152, "DEV152", 0.85, 0.10),
    ("en", "English dev 153 (trained on)", coach_dev153, "DEV153", 0.92, 0.10),
    ("en", "English dev 154 (trained on)", coach_dev154, "DEV154", 0.91, 0.10),
    ("en", "English dev 155 (trained on)", coach_dev155, "DEV155", 0.95, 0.10),
    ("en", "English dev 156 (trained on)", coach_dev156, "DEV156", 0.94, 0.10),
    # Round 24's check set (dev 157-161, seen by figures only while the lanes worked) and its
    # unread writers (dev 162-176, aimed at sarcasm, hearsay and diagnosing), first looked at
    # with main f2b063f; each floor is the lower of the first look and the figure at merge.
    ("en", "English dev 157 (trained on)", coach_dev157, "DEV157", 0.84, 0.10),
    ("en", "English dev 158 (trained on)", coach_dev158, "DEV158", 0.86, 0.12),
    ("en", "English dev 159 (trained on)", coach_dev159, "DEV159", 0.84, 0.10),
    ("en", "English dev 160 (trained on)", coach_dev160, "DEV160", 0.86, 0.10),
    ("en", "English dev 161 (trained on)", coach_dev161, "DEV161", 0.92, 0.10),
    ("en", "English dev 162 (trained on)", coach_dev162, "DEV162", 0.87, 0.10),
    ("en", "English dev 163 (trained on)", coach_dev163, "DEV163", 0.90, 0.10),
    ("en", "English dev 164 (trained on)", coach_dev164, "DEV164", 0.84, 0.10),
    ("en", "English dev 165 (trained on)", coach_dev165, "DEV165", 0.93, 0.10),
    ("en", "English dev 166 (trained on)", coach_dev166, "DEV166", 0.86, 0.12),
    ("en", "English dev 167 (trained on)", coach_dev167, "DEV167", 0.92, 0.10),
    ("en", "English dev 168 (trained on)", coach_dev168, "DEV168", 0.93, 0.10),
    ("en", "English dev 169 (trained on)", coach_dev169, "DEV169", 0.88, 0.10),
    ("en", "English dev 170 (trained on)", coach_dev170, "DEV170", 0.93, 0.16),
    ("en", "English dev 171 (trained on)", coach_dev171, "DEV171", 0.85, 0.10),
    ("en", "English dev 172 (trained on)", coach_dev172, "DEV172", 0.92, 0.10),
    ("en", "English dev 173 (trained on)", coach_dev173, "DEV173", 0.81, 0.10),
    ("en", "English dev 174 (trained on)", coach_dev174, "DEV174", 0.95, 0.10),
    ("en", "English dev 175 (trained on)", coach_dev175, "DEV175", 0.86, 0.10),
    ("en", "English dev 176 (trained on)", coach_dev176, "DEV176", 0.86, 0.10),
    # Round 25's check set (dev 177-181) and its unread writers (dev 182-196, aimed at blame,
    # with good sentences that thank or praise something real), first looked at with a9e90ba.
    ("en", "English dev 177 (trained on)", coach_dev177, "DEV177", 0.93, 0.10),
    ("en", "English dev 178 (trained on)", coach_dev178, "DEV178", 0.93, 0.13),
    ("en", "English dev 179 (trained on)", coach_dev179, "DEV179", 0.90, 0.22),
    ("en", "English dev 180 (trained on)", coach_dev180, "DEV180", 0.89, 0.10),
    ("en", "English dev 181 (trained on)", coach_dev181, "DEV181", 0.91, 0.10),
    ("en", "English dev 182 (trained on)", coach_dev182, "DEV182", 0.93, 0.10),
    ("en", "English dev 183 (trained on)", coach_dev183, "DEV183", 0.88, 0.12),
    ("en", "English dev 184 (trained on)", coach_dev184, "DEV184", 0.91, 0.10),
    ("en", "English dev 185 (trained on)", coach_dev185, "DEV185", 0.93, 0.10),
    ("en", "English dev 186 (trained on)", coach_dev186, "DEV186", 0.95, 0.17),
    ("en", "English dev 187 (trained on)", coach_dev187, "DEV187", 0.90, 0.10),
    ("en", "English dev 188 (trained on)", coach_dev188, "DEV188", 0.96, 0.10),
    ("en", "English dev 189 (trained on)", coach_dev189, "DEV189", 0.87, 0.10),
    ("en", "English dev 190 (trained on)", coach_dev190, "DEV190", 0.96, 0.10),
    ("en", "English dev 191 (trained on)", coach_dev191, "DEV191", 0.89, 0.20),
    ("en", "English dev 192 (trained on)", coach_dev192, "DEV192", 0.96, 0.10),
    ("en", "English dev 193 (trained on)", coach_dev193, "DEV193", 0.82, 0.12),
    ("en", "English dev 194 (trained on)", coach_dev194, "DEV194", 0.84, 0.10),
    ("en", "English dev 195 (trained on)", coach_dev195, "DEV195", 0.97, 0.10),
    ("en", "English dev 196 (trained on)", coach_dev196, "DEV196", 0.95, 0.10),
    ("en", "English dev 197 (trained on)", coach_dev197, "DEV197", 0.96, 0.10),
    ("en", "English dev 198 (trained on)", coach_dev198, "DEV198", 0.82, 0.10),
    ("en", "English dev 199 (trained on)", coach_dev199, "DEV199", 0.92, 0.10),
    ("en", "English dev 200 (trained on)", coach_dev200, "DEV200", 0.94, 0.10),
    ("en", "English dev 201 (trained on)", coach_dev201, "DEV201", 0.93, 0.10),
    ("en", "English dev 202 (trained on)", coach_dev202, "DEV202", 0.91, 0.17),  # good 0.055
    ("en", "English dev 203 (trained on)", coach_dev203, "DEV203", 0.81, 0.10),  # good 0.059
    ("en", "English dev 204 (trained on)", coach_dev204, "DEV204", 0.92, 0.10),
    ("en", "English dev 205 (trained on)", coach_dev205, "DEV205", 0.90, 0.10),
    ("en", "English dev 206 (trained on)", coach_dev206, "DEV206", 0.92, 0.11),  # good 0.061
    ("en", "English dev 207 (trained on)", coach_dev207, "DEV207", 0.89, 0.17),
    ("en", "English dev 208 (trained on)", coach_dev208, "DEV208", 0.93, 0.14),  # good 0.058
    ("en", "English dev 209 (trained on)", coach_dev209, "DEV209", 0.88, 0.14),  # good 0.055
    ("en", "English dev 210 (trained on)", coach_dev210, "DEV210", 0.88, 0.10),  # good 0.094
    ("en", "English dev 211 (trained on)", coach_dev211, "DEV211", 0.91, 0.13),
    ("en", "English dev 212 (trained on)", coach_dev212, "DEV212", 0.84, 0.10),  # good 0.056
    ("en", "English dev 213 (trained on)", coach_dev213, "DEV213", 0.98, 0.10),
    ("en", "English dev 214 (trained on)", coach_dev214, "DEV214", 0.91, 0.10),
    ("en", "English dev 215 (trained on)", coach_dev215, "DEV215", 0.94, 0.10),
    ("en", "English dev 216 (trained on)", coach_dev216, "DEV216", 0.94, 0.10),
    ("en", "English dev 217 (trained on)", coach_dev217, "DEV217", 0.95, 0.10),
    ("en", "English dev 218 (trained on)", coach_dev218, "DEV218", 0.92, 0.10),
    ("en", "English dev 219 (trained on)", coach_dev219, "DEV219", 0.91, 0.10),
    ("en", "English dev 220 (trained on)", coach_dev220, "DEV220", 0.95, 0.10),
    ("es", "Spanish dev 10 (trained on)", coach_corpus_es_dev10, "DEV10", 0.88, 0.10),
    ("es", "Spanish dev 11 (trained on)", coach_corpus_es_dev11, "DEV11", 0.90, 0.10),
    ("es", "Spanish dev 12 (trained on)", coach_corpus_es_dev12, "DEV12", 0.87, 0.10),
    # Round 8's, mostly traps, first looked at with round 7's rules and model (main dc8d3ce).
    ("es", "Spanish dev 13 (trained on)", coach_corpus_es_dev13, "DEV13", 0.95, 0.11),
    ("es", "Spanish dev 14 (trained on)", coach_corpus_es_dev14, "DEV14", 0.84, 0.10),
    ("es", "Spanish dev 15 (trained on)", coach_corpus_es_dev15, "DEV15", 0.88, 0.10),
    ("es", "Spanish dev 16 (trained on)", coach_corpus_es_dev16, "DEV16", 0.82, 0.10),
    # Its check set, first looked at with main 4fa7a7b.
    ("es", "Spanish dev 17 (trained on)", coach_corpus_es_dev17, "DEV17", 0.93, 0.10),
    # Round 22's, aimed at sarcasm and absolutes, first looked at with main 11e22a8.
    ("es", "Spanish dev 18 (trained on)", coach_corpus_es_dev18, "DEV18", 0.83, 0.10),
    # Round 22's check writer (dev 19) and unread writers (dev 20-27), first looked at with cdd2c5a.
    ("es", "Spanish dev 19 (trained on)", coach_corpus_es_dev19, "DEV19", 0.93, 0.10),
    ("es", "Spanish dev 20 (trained on)", coach_corpus_es_dev20, "DEV20", 0.89, 0.10),
    ("es", "Spanish dev 21 (trained on)", coach_corpus_es_dev21, "DEV21", 0.92, 0.12),
    ("es", "Spanish dev 22 (trained on)", coach_corpus_es_dev22, "DEV22", 0.82, 0.10),
    ("es", "Spanish dev 23 (trained on)", coach_corpus_es_dev23, "DEV23", 0.83, 0.10),
    ("es", "Spanish dev 24 (trained on)", coach_corpus_es_dev24, "DEV24", 0.84, 0.10),
    ("es", "Spanish dev 25 (trained on)", coach_corpus_es_dev25, "DEV25", 0.77, 0.14),
    ("es", "Spanish dev 26 (trained on)", coach_corpus_es_dev26, "DEV26", 0.88, 0.10),
    ("es", "Spanish dev 27 (trained on)", coach_corpus_es_dev27, "DEV27", 0.90, 0.10),
    # Round 23's check writer (dev 28) and unread writers (dev 29-35), first looked at with a7edfb6.
    ("es", "Spanish dev 28 (trained on)", coach_corpus_es_dev28, "DEV28", 0.92, 0.10),
    ("es", "Spanish dev 29 (trained on)", coach_corpus_es_dev29, "DEV29", 0.86, 0.10),
    ("es", "Spanish dev 30 (trained on)", coach_corpus_es_dev30, "DEV30", 0.92, 0.10),
    ("es", "Spanish dev 31 (trained on)", coach_corpus_es_dev31, "DEV31", 0.89, 0.10),
    ("es", "Spanish dev 32 (trained on)", coach_corpus_es_dev32, "DEV32", 0.92, 0.10),
    ("es", "Spanish dev 33 (trained on)", coach_corpus_es_dev33, "DEV33", 0.84, 0.10),
    ("es", "Spanish dev 34 (trained on)", coach_corpus_es_dev34, "DEV34", 0.93, 0.10),
    ("es", "Spanish dev 35 (trained on)", coach_corpus_es_dev35, "DEV35", 0.87, 0.10),
    # Round 24's check writer (dev 36) and unread writers (dev 37-43), first looked at with f2b063f.
    ("es", "Spanish dev 36 (trained on)", coach_corpus_es_dev36, "DEV36", 0.85, 0.10),
    ("es", "Spanish dev 37 (trained on)", coach_corpus_es_dev37, "DEV37", 0.91, 0.10),
    ("es", "Spanish dev 38 (trained on)", coach_corpus_es_dev38, "DEV38", 0.98, 0.10),
    ("es", "Spanish dev 39 (trained on)", coach_corpus_es_dev39, "DEV39", 0.90, 0.10),
    ("es", "Spanish dev 40 (trained on)", coach_corpus_es_dev40, "DEV40", 0.93, 0.10),
    ("es", "Spanish dev 41 (trained on)", coach_corpus_es_dev41, "DEV41", 0.83, 0.10),
    ("es", "Spanish dev 42 (trained on)", coach_corpus_es_dev42, "DEV42", 0.91, 0.10),
    ("es", "Spanish dev 43 (trained on)", coach_corpus_es_dev43, "DEV43", 0.88, 0.13),
    # Round 25's check writer (dev 44) and unread writers (dev 45-49), first looked at with a9e90ba.
    ("es", "Spanish dev 44 (trained on)", coach_corpus_es_dev44, "DEV44", 0.94, 0.10),
    ("es", "Spanish dev 45 (trained on)", coach_corpus_es_dev45, "DEV45", 0.91, 0.10),
    ("es", "Spanish dev 46 (trained on)", coach_corpus_es_dev46, "DEV46", 0.86, 0.10),
    ("es", "Spanish dev 47 (trained on)", coach_corpus_es_dev47, "DEV47", 0.97, 0.10),
    ("es", "Spanish dev 48 (trained on)", coach_corpus_es_dev48, "DEV48", 0.87, 0.10),
    ("es", "Spanish dev 49 (trained on)", coach_corpus_es_dev49, "DEV49", 0.90, 0.11),
    ("es", "Spanish dev 50 (trained on)", coach_corpus_es_dev50, "DEV50", 0.96, 0.10),
    ("es", "Spanish dev 51 (trained on)", coach_corpus_es_dev51, "DEV51", 0.94, 0.10),
    ("es", "Spanish dev 52 (trained on)", coach_corpus_es_dev52, "DEV52", 0.95, 0.11),
    ("es", "Spanish dev 53 (trained on)", coach_corpus_es_dev53, "DEV53", 0.97, 0.10),
]
# Round 25's writers were asked for good sentences that thank or praise something real, and the
# rules flag a few of two writers' (three of 45 and of 44 at merge; docs/coach.md, "Twenty-fifth
# round: at merge"): their ceiling is that figure, every other batch's 5 %. Round 26's first
# sixteen writers were asked for about twenty such hard good sentences each (thanks beside the
# writer's own hard time, what they saw or heard, warm always/never); seven of them had more
# than 5 % flagged at their first look or at merge, and get the higher of those two figures
# ("Twenty-sixth round: at merge").
MOST_GOOD = {
    ("en", "DEV187"): 0.07,
    ("en", "DEV194"): 0.07,
    ("en", "DEV202"): 0.06,
    ("en", "DEV203"): 0.06,
    ("en", "DEV206"): 0.07,
    ("en", "DEV208"): 0.06,
    ("en", "DEV209"): 0.06,
    ("en", "DEV210"): 0.10,
    ("en", "DEV212"): 0.06,
}
# Spanish development batches 5, 6 and 7 are in the rules' development split since round 6
# (tests/test_coach_es.py), their first looks in their docstrings.


@pytest.mark.parametrize(
    ("language", "name", "module", "prefix", "first_look", "most_traps"), BATCHES
)
def test_a_fresh_development_batch(
    language, name, module, prefix, first_look, most_traps, record_score
):
    flag, good, traps = (getattr(module, f"{prefix}_{kind}") for kind in ("FLAG", "GOOD", "TRAPS"))
    scores = score(load_coach(language), name, flag, good, traps)
    for line in [*scores.lines(), f"  overall recall {scores.overall:.2f}"]:
        record_score(line)
    assert scores.overall >= first_look
    assert scores.good_rate <= MOST_GOOD.get((language, prefix), 0.05)
    assert scores.trap_rate <= most_traps


# The batches whose writers kept their calm consequences apart (round 19 on).
CALM_CONSEQUENCES = [
    (language, module, prefix)
    for language, _, module, prefix, *_ in BATCHES
    if hasattr(module, f"{prefix}_BOTTOM_LINE_OK")
]


def test_round_nineteens_writers_kept_their_calm_consequences_apart():
    assert {prefix for _, _, prefix in CALM_CONSEQUENCES} >= {f"DEV{n}" for n in range(67, 76)}


@pytest.mark.parametrize(
    ("language", "module", "prefix"),
    CALM_CONSEQUENCES,
    ids=[prefix for _, _, prefix in CALM_CONSEQUENCES],
)
def test_a_writers_calm_consequences_are_quiet_in_the_bottom_line(language, module, prefix):
    """Each writer's calm consequences ("if you say no today, I won't…") are kept apart from
    the traps: fine in the bottom line, where the coach must not call them threats."""
    coach = load_coach(language)
    sentences = getattr(module, f"{prefix}_BOTTOM_LINE_OK")
    assert sentences
    for text in sentences:
        assert "threat" not in {f.category for f in coach.find(text, "bottom_line")}, text
