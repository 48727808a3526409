"""Shares and ratios, round 15 (rv17 C1/C4/C6, tuning25, rv16 D): a whole the 占…的 phrase names is the figure so
labelled that the part is taken from (其中), fit or not — another figure that would fit is no excuse; a whole named by
qualifier + generic head (立项项目 ← 立项支持138项); 主办件 ← 主办29件 (the measure word glued to the name); a plan is
no whole of an actual's part nor of a non-completion rate; items whose labels hold bounds (50万元以上的12个); 督察 /
巡察 as assessments, 增长的企业占 is no change of the share; 以上合计占 over the 其中 list; 暂不能解决 / 列入计划逐步解决
are not 解决 of 解决率; an average is a rounded quotient, never an exact count (平均每所556个)."""
import pytest

from analysis.rules.ratios import derived_ratio
from analysis.rules.shares import granularity, share_of_total
from rules_cases import YEARS, alarms, rule_verdicts, share_rules

MINE = share_rules()


_rows = rule_verdicts


def _bad(text, year=2020):
    return alarms(MINE, text, year)


# ---------------------------------------------------------------- the named whole wins over a fitting one
@pytest.mark.parametrize("year", YEARS)
def test_named_whole_not_refitted(year):
    ok = "全年农技人员下乡开展服务8600人次，组织农业技术培训86期，培训农民5200人次，其中女性1430人次，占培训总人次的27.5%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    bad = ok.replace("27.5%", "16.6%")  # 1430/8600: fits the other figure, not the one named
    assert _rows(share_of_total, bad, year) == ["inconsistent"]
    ok2 = "全市共设医保服务网点55个，医保经办窗口48个，其中实现“一窗通办”的窗口36个，占全部窗口的75%。"
    assert _rows(share_of_total, ok2, year) == ["consistent"]
    assert _rows(share_of_total, ok2.replace("75%", "65.5%"), year) == ["inconsistent"]
    # own phrasing: 服务站 / 站点
    own = "全区建成便民服务站点64个，配备自助服务终端120台，其中可办理社保业务的终端78台，占终端总数的65%。"
    assert _rows(share_of_total, own, year) == ["consistent"]
    assert _rows(share_of_total, own.replace("65%", "60.9%"), year) == ["inconsistent"]
    # decoy: the share names no whole — a fit elsewhere still forbids an alarm
    assert _bad("受理审查起诉案件342件，提起公诉307件。起诉的案件中，危险驾驶案件74件，占起诉案件总数的24.1%。", year) == []


@pytest.mark.parametrize("year", YEARS)
def test_generic_head_whole(year):
    ok = "全年共受理项目申报486项，立项支持138项，其中企业牵头项目62项，占立项项目的44.9%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("44.9%", "12.8%"), year) == ["inconsistent"]
    own = "收到群众来信320件，转交办理145件，其中涉及住房问题的58件，占转交事项的40%。"
    assert _rows(share_of_total, own, year) == ["consistent"]
    assert _rows(share_of_total, own.replace("40%", "18.1%"), year) == ["inconsistent"]


@pytest.mark.parametrize("year", YEARS)
def test_whole_with_glued_measure_word(year):
    text = ("我局共承办提案37件，其中主办29件、协办8件。从内容看，主办的29件提案中，城建类12件，物业类9件，其他8件。"
            "物业类占主办件的31.0%。")
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert "inconsistent" in _rows(share_of_total, text.replace("31.0%", "40.0%"), year)


# ---------------------------------------------------------------- a plan is no whole
@pytest.mark.parametrize("year", YEARS)
def test_plan_is_no_whole(year):
    text = "年度计划投资505.2亿元。全年实施重点项目286个，完成投资512.6亿元，其中产业项目投资186.4亿元，占36.4%。"
    assert _rows(share_of_total, text, year) == ["consistent"]
    assert _rows(share_of_total, text.replace("36.4%", "36.9%"), year) == ["inconsistent"]
    rate = "全年完成抽检3,260批次，为年度计划3,000批次的108.7%；检出不合格71批次，不合格率2.2%。"
    assert _rows(share_of_total, rate, year) == ["consistent"]
    assert _rows(share_of_total, rate.replace("2.2%", "2.4%"), year) == ["inconsistent"]
    # decoy: a programme's name (科技计划项目) is no plan
    assert _rows(share_of_total, "全年申报科技计划项目156项，获批立项93项，立项率59.6%。", year) == ["consistent"]


# ---------------------------------------------------------------- labels holding bounds
@pytest.mark.parametrize("year", YEARS)
def test_items_with_bounds_in_labels(year):
    ok = "全镇26个行政村中，集体经济经营性收入50万元以上的12个、20万元至50万元的8个、20万元以下的6个，分别占46.2%、30.8%和23.1%。"
    assert _rows(share_of_total, ok, year) == ["consistent"] * 3
    bad = ok.replace("23.1%", "23.0%")
    assert _rows(share_of_total, bad, year) == ["consistent", "consistent", "inconsistent"]
    own = "全市40家规上企业中，年产值1亿元以上的10家、5000万元至1亿元的18家、5000万元以下的12家，分别占25%、45%和30%。"
    assert _rows(share_of_total, own, year) == ["consistent"] * 3


# ---------------------------------------------------------------- small n after other verbs
@pytest.mark.parametrize("year", YEARS)
def test_granularity_more_verbs(year):
    assert _rows(granularity, "对7个区县开展生态环境保护专项督察，整改达标率为60%。", year) == ["inconsistent"]
    assert _rows(granularity, "对8个乡镇开展专项巡察，整改达标率为75%。", year) == ["consistent"]
    assert _rows(granularity, "年内对6家重点外贸企业开展帮扶，帮扶后出口增长的企业占75%。", year) == ["inconsistent"]
    assert _rows(granularity, "年内对6家重点外贸企业开展帮扶，帮扶后出口增长的企业占66.7%。", year) == ["consistent"]
    own = "全县规上企业120家，其中产值下降的企业占12.5%。"
    assert _rows(granularity, own, year) == ["consistent"]
    # decoy: a change of the share itself is no share
    assert _bad("出口额增长12%，占比提高到35%。", year) == []


# ---------------------------------------------------------------- 以上合计占 / 上述两项共占
@pytest.mark.parametrize("year", YEARS)
def test_listed_items_combined(year):
    ok = "一般预算支出11.26亿元，其中教育3.12亿元、社会保障和就业1.87亿元、农林水事务1.64亿元，以上合计占58.9%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("58.9%", "61.2%"), year) == ["inconsistent"]
    own = "年度培训经费820万元，其中师资费用210万元、场地费用96万元，上述两项共占37.3%。"
    assert _rows(share_of_total, own, year) == ["consistent"]
    # decoy: the count of items does not match the list — no pairing, and 两项 is no n
    assert _bad("年度培训经费820万元，其中师资费用210万元、场地费用96万元、教材费用40万元，上述两项共占37.3%。", year) == []


# ---------------------------------------------------------------- 解决率 over the solved ones only
@pytest.mark.parametrize("year", YEARS)
def test_pending_is_not_solved(year):
    text = ("我局共承办提案37件，其中主办29件、协办8件。主办提案已全部答复，其中已解决或基本解决18件，列入计划逐步解决8件，"
            "因条件限制暂不能解决并作出说明3件，解决率62.1%。")
    assert _bad(text, year) == []
    assert "consistent" in _rows(share_of_total, text, year)


# ---------------------------------------------------------------- averages are rounded quotients
@pytest.mark.parametrize("year", YEARS)
def test_average_rounded(year):
    assert _rows(derived_ratio, "新建改扩建学校11所，新增学位6,120个，平均每所556个。", year) == ["consistent"]
    assert _rows(derived_ratio, "新建改扩建学校11所，新增学位6,120个，平均每所565个。", year) == ["inconsistent"]
    assert _rows(derived_ratio, "新建学校11个，新增学位6,120个，平均每个556个。", year) == ["consistent"]
    own = "全年发放助学金1,000人，惠及学校7所，平均每所143人。"
    assert _bad(own, year) == []


@pytest.mark.parametrize("year", YEARS)
def test_average_over_the_listed_total(year):
    ok = "关停落后产能企业36家，其中化工企业21家、印染企业9家、其他行业6家，腾出土地2,160亩，平均每家60亩。"
    assert _rows(derived_ratio, ok, year) == ["consistent"]
    assert _rows(derived_ratio, ok.replace("每家60亩", "每家66亩"), year) == ["inconsistent"]
    own = "改造农村公路桥梁24座，其中危桥15座、窄桥9座，完成投资1,920万元，平均每座80万元。"
    assert _bad(own, year) == []


# ---------------------------------------------------------------- a survey of all the cases answered
@pytest.mark.parametrize("year", YEARS)
def test_survey_over_the_answered_breakdown(year):
    ok = ("今年共承办代表建议26件，已全部办复，其中解决采纳15件、正在解决7件、留作参考4件。"
          "代表对办理结果表示满意和基本满意25件，满意率96.2%。")
    assert _rows(share_of_total, ok, year) == ["consistent"]
    assert _rows(share_of_total, ok.replace("96.2%", "92.6%"), year) == ["inconsistent"]
    # decoy: the breakdown adds up to no count stated — no pairing, no alarm
    assert _bad(ok.replace("留作参考4件", "留作参考5件").replace("96.2%", "92.6%"), year) == []


# ---------------------------------------------------------------- a kind's share of all kinds, sentence before
@pytest.mark.parametrize("year", YEARS)
def test_kind_of_all_kinds_before(year):
    ok = "全年调解各类矛盾纠纷3,418件，调解成功3,362件。婚姻家庭纠纷仍是大头，共1,027件，占30.0%。"
    assert _rows(share_of_total, ok, year) == ["consistent"]
    # weak: a share that does not fit is left alone (the whole is only likely)
    assert _bad(ok.replace("30.0%", "35.0%"), year) == []
    own = "全年受理各类投诉举报2,450件。食品类投诉最多，达686件，占28%。"
    assert _rows(share_of_total, own, year) == ["consistent"]
