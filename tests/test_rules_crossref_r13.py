"""cross_reference and placeholder, round 13: year-end scope words (年末, 截至年末) lead a stock like 全县 does; a clause
dated on its own (截至年末…) is no attribute of the count its segment opens with; two figures with neighbouring digits
swapped, named by the word that touches the number on each side (搬迁1,268户 / 1,286户搬迁群众); a breakdown sentence
(从来源看，…) counts parts of another whole; a clause of a year and a link verb after a growth clause restates the
growth's metric (地区生产总值年均增长11.4%，2005年达到38.6亿元); the year's count of a counting verb's object left out
before a clause saying what all of them came to (全年受理…举报件，均…)."""
from analysis.rules.crossref import cross_reference
from analysis.rules.placeholder import placeholder

from rules_cases import run, verdicts


def _rows(text, verdict, year=2020, rule=cross_reference):
    return [r["stated"] for r in run(rule, text, year) if r["verdict"] == verdict]


# ---------------------------------------------------------------- 年末 / 截至年末 lead a stock
def test_year_end_stock_restated():
    text = ("三、工业\n年末全县规模以上工业企业126家，全年规模以上工业增加值增长8.9%。全年新开工亿元以上项目23个，"
            "截至年末规模以上工业企业达到128家。")
    assert _rows(text, "inconsistent") == ["126家; 128家"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("128家", "126家"), 2020)
    # another author: 年底 and 截止年底, 高新技术企业
    text = ("年底全市国家高新技术企业达到214家。\n二、创新\n全年认定技术合同登记额增长12.0%，截止年底国家高新技术企业241家。")
    assert _rows(text, "inconsistent") == ["214家; 241家"]


def test_year_end_decoys():
    # last year's year end is another scope
    text = "年末全县规模以上工业企业126家。\n二、工业\n上年末规模以上工业企业118家，净增8家。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # a month's end is another period
    text = "年末全县规模以上工业企业126家。\n二、工业\n截至6月底规模以上工业企业达到121家。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- digits swapped, the touching word
def test_swap_named_by_the_touching_word():
    text = ("四、易地扶贫搬迁\n全年完成易地扶贫搬迁1,268户4,503人，建设集中安置点12个。\n"
            "五、资金管理\n全年接受审计检查9次。1,286户搬迁群众已全部搬迁入住。")
    assert _rows(text, "inconsistent") == ["1,268户; 1,286户"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("1,286户", "1,268户"), 2020)
    # another phrasing: 培训农民工 / 农民工…
    text = "全年培训农民工2,347人。\n二、就业\n2,437人农民工经培训后实现转移就业。"
    assert _rows(text, "inconsistent") == ["2,347人; 2,437人"]


def test_swap_without_a_shared_touching_word():
    # the word touching the later number is another noun: two quantities
    text = "全年完成易地扶贫搬迁1,268户。\n二、产业\n1,286户脱贫户发展了庭院经济。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a breakdown names parts of another whole
def test_breakdown_items_are_parts():
    text = ("全年受理案件4.12万件，结案3.96万件。从来源看，监督员上报2.38万件；市民投诉1.06万件、热线0.52万件。\n"
            "二、执法\n全年受理市民投诉6860件，办结6831件。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # the same metric outside a breakdown still conflicts (within a factor of two: two far apart are two things)
    text = "全年受理市民投诉1.06万件，办结1.01万件。\n二、执法\n全年受理市民投诉6860件，办结6831件。"
    assert _rows(text, "unverifiable") == ["1.06万件; 6860件"]  # (no slip, far apart: shown as two values, no alarm)
    assert _rows(text.replace("6860件", "1.6万件"), "inconsistent") == ["1.06万件; 1.6万件"]


# ---------------------------------------------------------------- a growth clause's subject, then 2005年达到
def test_growth_subject_restated_by_a_dated_clause():
    text = ("2005年，全县实现地区生产总值38.6亿元，增长12.3%。\n二、回顾\n“十五”期间，全县地区生产总值年均增长11.4%，"
            "2005年达到38.6亿元，综合实力明显增强。")
    rows = run(cross_reference, text, 2005)
    assert [r["stated"] for r in rows if r["verdict"] == "consistent"] == ["38.6亿元; 38.6亿元"]
    bad = text.replace("2005年达到38.6亿元", "2005年达到36.8亿元")
    assert _rows(bad, "inconsistent", 2005) == ["38.6亿元; 36.8亿元"]
    # another phrasing: 财政总收入 over five years, the last year's value
    text = ("全县财政总收入5.42亿元，增长9.8%。\n二、五年回顾\n五年来，财政总收入年均增长13.2%，2020年达到5.24亿元。")
    assert _rows(text, "inconsistent") == ["5.42亿元; 5.24亿元"]


def test_growth_subject_decoys():
    # another year is another period
    text = ("全县实现地区生产总值38.6亿元，增长12.3%。\n二、回顾\n“十五”期间，全县地区生产总值年均增长11.4%，"
            "2000年为22.4亿元。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2005)
    # a span with no year of its own stays a span
    text = ("全县实现地区生产总值38.6亿元。\n二、回顾\n“十五”期间，地区生产总值年均增长11.4%，累计达到152.3亿元。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2005)


# ---------------------------------------------------------------- placeholder: 全年受理…件，均…
def test_year_count_left_out_before_all_of_them():
    rows = run(placeholder, "全年受理粮食质量投诉举报件，均在规定时限内调查处理完毕。")
    assert [r["verdict"] for r in rows] == ["missing"]
    # another author: 年内 + 办理 + 群众来信 + 份, 已全部
    rows = run(placeholder, "年内办理群众来信来访事项份，已全部按期答复。")
    assert [r["verdict"] for r in rows] == ["missing"]


def test_year_count_decoys():
    # 的 makes the papers a noun phrase
    assert run(placeholder, "全年受理的信访举报件，均在规定时限内办结。") == []
    # no "all of them" after: a noun may end in 件
    assert run(placeholder, "全年受理粮食质量投诉举报件，认真调查处理。") == []
    # the count is given
    assert run(placeholder, "全年受理粮食质量投诉举报12件，均在规定时限内办结。") == []


# ---------------------------------------------------------------- 区政府交由N个承办单位
def test_body_hands_over_to_units():
    text = ("代表们共提出建议156件，区政府交由32个承办单位办理。\n二、办理情况\n34个承办单位均在规定时限内书面答复。")
    assert _rows(text, "inconsistent") == ["32个承办单位; 34个承办单位"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("34个", "32个"), 2020)
    # another phrasing: 县委办转交
    text = "县委办转交28个责任单位落实。\n二、落实\n26个责任单位均已完成整改任务。"
    assert _rows(text, "inconsistent") == ["28个责任单位; 26个责任单位"]
    # (已完成 without 均/全部: those of them that are done, round 32 — not a second count of all of them)
    assert _rows(text.replace("均已", "已"), "inconsistent") == []


def test_body_hands_over_decoy():
    # a part of the units (其中) is not the count of them
    text = "区政府交由32个承办单位办理。\n二、办理情况\n其中12个承办单位提前完成答复。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a sentence of growth rates keeps the subject
def test_growth_sentence_between_keeps_the_subject():
    text = ("年末全县规模以上工业企业126家，比上年末净增8家。全年规模以上工业增加值比上年增长8.9%。"
            "截至年末，全县规模以上工业企业达到128家，其中产值亿元以上企业58家。")
    assert _rows(text, "inconsistent") == ["126家; 128家"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("128家", "126家"), 2020)
    # a sentence with no figure still brings in the next subject
    text = ("县人民医院是三级医院。全年门急诊38.6万人次。县中医院是二级甲等医院。全年门急诊12.4万人次。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a class count summed up
def test_class_count_summed_up():
    text = ("二、办理情况\n28件建议已全部办结，其中已解决或基本解决的A类15件，列入计划逐步解决的B类9件，C类4件。\n"
            "三、总结\n总的来看，今年承办的28件建议全部办结，A类16件，代表满意。")
    assert _rows(text, "inconsistent") == ["15件; 16件"]
    assert "15件; 15件" in _rows(text.replace("A类16件", "A类15件"), "consistent")
    # another author: 甲类 and 综上
    text = "全年检查发现问题42个，其中甲类7个、乙类35个。\n四、小结\n综上，全年发现甲类9个，均已整改。"
    assert _rows(text, "inconsistent") == ["7个; 9个"]


def test_class_count_decoys():
    # two earlier counts of the class (提案 and 建议): which one the summary means is unsure
    text = ("承办政协提案20件，A类12件。承办人大建议28件，A类15件。\n三、总结\n总的来看，A类16件。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # no summing-up: two sections may count two sets
    text = "一、建议\n承办建议28件，A类15件。\n二、提案\n承办提案20件，A类16件。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a flow heads no subject; a summing-up names none
def test_year_flow_heads_no_subject():
    text = ("一、科技\n全年专利授权量1286件。年末高新技术企业68家。\n二、质量\n年末有效注册商标6820件。\n"
            "三、综述\n全年专利授权1286件，高新技术企业达到86家。")
    assert _rows(text, "inconsistent") == ["68家; 86家"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("达到86家", "达到68家"), 2022)
    # a subject's profile still parts its attributes: 小学418所，专任教师… vs the city's 专任教师
    text = "全市专任教师4.91万人。\n二、小学\n小学418所，在校生21.36万人，专任教师1.86万人。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2022)


def test_summary_lead_is_no_subject():
    text = ("一、环境\n全年空气质量优良天数338天。\n二、总体情况\n总体来看，森林覆盖率达到62.4%，空气质量优良天数383天。")
    assert _rows(text, "inconsistent") == ["338天; 383天"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("383天", "338天"), 2022)


# ---------------------------------------------------------------- 截至…12月31日 is the year's end
def test_year_end_date_is_the_period():
    text = ("一、资产情况\n截至2022年12月31日，本部门资产总额6,842.36万元，其中固定资产5,605.88万元。\n"
            "二、其他\n年末资产总额6,824.36万元，比上年末增加312.40万元。")
    assert _rows(text, "inconsistent") == ["6,842.36万元; 6,824.36万元"]
    assert "inconsistent" not in verdicts(cross_reference, text.replace("6,824.36", "6,842.36"), 2022)
    # another month's end is another period
    text = ("一、资产情况\n截至2022年6月30日，本部门资产总额6,512.36万元。\n二、其他\n年末资产总额6,842.36万元。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2022)


# ---------------------------------------------------------------- 总的看，… under a heading of plans sums up results
def test_summing_up_under_a_plan_heading():
    text = ("二、就业\n全年城镇新增就业1.26万人，完成目标任务的105%。\n五、总体评价和明年计划\n"
            "总的看，全年城镇新增就业1.62万人，各项目标均已完成。2016年，力争城镇新增就业1.3万人。")
    assert _rows(text, "inconsistent", 2015) == ["1.26万人; 1.62万人"]
    good = text.replace("1.62万人", "1.26万人")
    assert "1.26万人; 1.26万人" in _rows(good, "consistent", 2015)
    assert "inconsistent" not in verdicts(cross_reference, good, 2015)


def test_plan_under_a_plan_heading_stays_a_plan():
    # a summing-up that plans (力争) is still a plan; another phrasing: 综上
    text = ("二、就业\n全年城镇新增就业1.26万人。\n五、明年工作计划\n综上，明年力争城镇新增就业1.35万人。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2015)
