"""cross_reference, round 26: a summing-up (一年来，…目标任务：… / 总结全年，/ 五、小结) or a review of the period's problems
(存在的问题：…全年处理…，仍有差距) that restates a figure of the body with another value. Each shape: one text that holds,
the same broken, and decoys (a plan, another period, a part after 其中, a heading that only names problem things).
Sentences invented."""
import pytest

from analysis.rules.crossref import cross_reference

from rules_cases import run


def _rows(text: str, verdict: str, year: int = 2023) -> list[str]:
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == verdict]


# targets said met before a colon: what follows it is what was achieved
_MET = ("青山镇人民政府工作报告\n一、2023年工作回顾\n全镇实现一般公共预算收入3.42亿元，比上年增长6.1%。\n"
        "一年来，我们全面完成了镇人代会确定的各项目标任务：一般公共预算收入达到{v}亿元，群众满意度稳步提升。\n"
        "二、2024年工作安排\n重点抓好三方面工作。\n")


def test_targets_met_then_results():
    assert _rows(_MET.format(v="3.46"), "inconsistent") == ["3.42亿元; 3.46亿元"]
    assert _rows(_MET.format(v="3.42"), "inconsistent") == []


def test_targets_still_to_meet_stay_targets():
    # (in the review section itself: a plan heading would keep the target apart whatever the colon reading does)
    text = ("青山镇人民政府工作报告\n一、2023年工作回顾\n全镇实现一般公共预算收入3.42亿元，比上年增长6.1%。"
            "下半年，确保完成全年目标任务：一般公共预算收入达到3.66亿元。\n")
    assert _rows(text, "inconsistent") == []


# a half-year report: 上半年 is its own period, in the body and in the summing-up alike
_HALF = ("东湖街道2024年上半年工作总结\n一、城市管理\n上半年共拆除违法建筑2.37万平方米，整治背街小巷12条。\n"
         "二、下半年打算\n下半年继续推进城市更新。\n总的看，上半年拆除违建{v}万平方米，为完成全年任务打下了基础。\n")


def test_half_year_report_summary_restates_its_body():
    assert _rows(_HALF.format(v="2.73"), "inconsistent") == ["2.37万平方米; 2.73万平方米"]


def test_half_year_in_a_year_report_stays_apart():
    text = ("东湖街道2024年工作总结\n一、城市管理\n上半年共拆除违法建筑2.37万平方米，整治背街小巷12条。\n"
            "二、下一步打算\n继续推进城市更新。\n总的看，全年拆除违建2.73万平方米，为城市更新打下了基础。\n")
    assert _rows(text, "inconsistent", 2024) == []


def test_a_first_line_of_prose_is_no_title():
    text = ("上半年主要指标：城镇新增就业2610人，新增市场主体2050户。\n一、就业\n"
            "总的看，全年全县城镇新增就业2,160人，开发公益性岗位310个。")
    assert _rows(text, "inconsistent") == []


# the session a report on its motions is titled by is its own frame, not a part of the year
_SESSION = ("关于{title}代表建议办理情况的报告\n{lead}期间，代表共提出建议215件，其中由市政府系统办理的198件，其余17件交"
            "市法院等单位办理。\n一、办理结果\n按期答复率100%。\n二、存在的不足\n个别答复偏于原则。\n"
            "综上，市政府系统承办的{v}件建议全部办结，办理质量稳步提升。\n")


def test_session_of_the_title_frames_the_motions():
    lead = title = "市五届人大三次会议"
    assert _rows(_SESSION.format(title=title, lead=lead, v="196"), "inconsistent") == ["198件; 196件"]


def test_another_span_stays_a_part_of_the_year():
    assert _rows(_SESSION.format(title="2023年", lead="春节", v="196"), "inconsistent") == []


# one short name in the body and a summing-up, four digits or more swapped
_SPENT = ("城西区文广旅局2023年部门预算执行情况报告\n一、收入情况\n全年实现收入9,120.4万元。\n二、支出情况\n"
          "全年支出8,436.5万元，为调整后预算的96.2%。\n三、小结\n2023年，本局全年支出{v}万元，预算执行率保持较高水平。\n")


def test_short_name_summed_up_with_digits_swapped():
    assert _rows(_SPENT.format(v="8,463.5"), "inconsistent") == ["8,436.5万元; 8,463.5万元"]
    assert _rows(_SPENT.format(v="8,436.5"), "inconsistent") == []


def test_a_part_after_qizhong_is_no_short_name_restated():
    text = "某区2023年工作总结\n一、市场主体\n全年新登记市场主体4,826户，其中企业1,286户、个体工商户3,540户。\n" \
           "二、总结\n一年来，全区新增企业1,826户。\n"
    assert _rows(text, "inconsistent") == []


# a review of the period's problems restating a part named by a noun of two characters
_LETTERS = ("某县信访局2023年工作总结\n一、信访办理\n全年受理来信、来访和网上信访3,215件，其中来信1,342件、来访1,873件，"
            "按期办结率99.1%。\n{head}\n{body}\n")


def test_problems_review_restates_a_part():
    text = _LETTERS.format(head="二、存在的问题", body="基层化解能力有待提升，全年办理群众来信1,324件，及时就地化解率仍需提高。")
    assert _rows(text, "inconsistent") == ["1,342件; 1,324件"]


@pytest.mark.parametrize("head, body", [
    ("二、问题线索", "全年办理群众来信1,324件。"),  # problem things, no review of problems
    ("二、存在的问题和2024年打算", "2024年，力争办理群众来信1,324件以上。"),  # a plan
])
def test_problems_decoys_stay_quiet(head, body):
    assert _rows(_LETTERS.format(head=head, body=body), "inconsistent") == []


# 人 and 名 count people alike; the name after the count
_PEOPLE = ("某县人社局2023年工作总结\n一、职业培训\n全年开展职业技能培训{total}，其中农村转移劳动力4,168人、城镇失业人员"
           "1,152人。\n三、存在的问题\n目前全县{v}名农村转移劳动力中，稳定就业比例仍然不高。\n")


def test_people_counted_in_two_words_with_digits_swapped():
    assert _rows(_PEOPLE.format(total="5,320人", v="4,186"), "inconsistent") == ["4,168人; 4,186名"]


def test_person_times_are_not_people():
    text = ("某县人社局2023年工作总结\n一、职业培训\n全年开展职业技能培训4,168人次。\n三、存在的问题\n"
            "目前全县4,186名农村转移劳动力中，稳定就业比例仍然不高。\n")
    assert _rows(text, "inconsistent") == []


# a problems review of this year with two digits, a count after households (23户65人)
_HOMES = ("某县总工会2024年工作总结\n一、困难职工帮扶\n全年新认定困难职工家庭23户68人，全县累计建档困难职工家庭156户482人。\n"
          "二、存在的问题和2025年打算\n{body}\n")


def test_problems_review_of_this_year_one_digit_off():
    text = _HOMES.format(body="帮扶手段较为单一，今年新认定困难职工家庭23户65人中，因病致困占多数。")
    assert _rows(text, "inconsistent", 2024) == ["68人; 65人"]


@pytest.mark.parametrize("body", [
    "帮扶手段较为单一。2025年，计划新认定困难职工家庭23户65人。",  # a plan for the next year
    "帮扶手段较为单一，新认定困难职工家庭23户65人中，因病致困占多数。",  # two digits and no year named: unsure
])
def test_homes_decoys_stay_quiet(body):
    assert _rows(_HOMES.format(body=body), "inconsistent", 2024) == []


# a half-year report's problems under a heading that also plans the second half
def test_problems_under_second_half_plans_are_of_the_first():
    text = ("某县政务服务中心2024年上半年工作总结\n一、政务服务\n上半年办件12.4万件，其中线上办件7.36万件、线下办件5.04万件。\n"
            "二、存在的问题和下半年打算\n部门协同不够，线上办件7.63万件中仍有部分需补充材料。下半年将推进业务系统上云。\n")
    assert _rows(text, "inconsistent", 2024) == ["7.36万件; 7.63万件"]
    planned = text.replace("部门协同不够，线上办件7.63万件中仍有部分需补充材料。", "部门协同不够。下半年力争线上办件7.63万件。")
    assert _rows(planned, "inconsistent", 2024) == []


# 总结全年，… sums the year up; 事故起数 names the accidents; a shortened name one digit off
_DEATHS = ("某县应急管理局2023年安全生产工作总结\n一、事故情况\n全年全县共发生各类生产安全事故35起，死亡14人，受伤22人。\n"
           "二、存在问题\n小企业主体责任落实不到位。\n总结全年，全县事故起数35起、死亡{v}人，实现事故起数和死亡人数“双下降”。\n")


def test_closing_summary_of_deaths():
    assert _rows(_DEATHS.format(v="16"), "inconsistent") == ["14人; 16人"]
    assert _rows(_DEATHS.format(v="14"), "inconsistent") == []
    assert "35起; 35起" in _rows(_DEATHS.format(v="14"), "consistent")


def test_a_longer_name_in_the_summary_may_be_a_part():
    text = ("一、总体情况\n审计反馈问题共19个，涉及6个方面。\n二、主要措施\n建立问题清单，实行挂图作战。\n三、总体评价\n"
            "总之，审计反馈的19个问题中已销号办结13个，整改成效初步显现。")
    assert _rows(text, "inconsistent") == []


# ---------------------------------------------------------------- review mends: the reviewer's false alarms, new shapes
# a summing-up that says it covers more (各类, 共, 合计, or the partner's own value given after 其中): a small difference
# is the rest of the class, not a slip of the pen
_WIDER = ("某县城管局2023年工作总结\n一、违建整治\n全年拆除违法建筑3.46万平方米，整治占道经营1,250处。\n二、总体情况\n"
          "总的看，{body}\n")


def test_summary_slip_still_read_when_nothing_says_wider():
    assert _rows(_WIDER.format(body="全年拆除违建3.56万平方米，城市面貌明显改善。"), "inconsistent") \
        == ["3.46万平方米; 3.56万平方米"]


@pytest.mark.parametrize("body", [
    "全年共拆除各类违建3.56万平方米，城市面貌明显改善。",
    "全年拆除违建合计3.56万平方米，城市面貌明显改善。",
    "全年拆除违建3.56万平方米，其中违法建筑3.46万平方米、临时棚舍0.10万平方米。",
])
def test_summary_covering_more_is_no_slip(body):
    assert _rows(_WIDER.format(body=body), "inconsistent") == []


# a review of problems: last year's figure told beside this year's, and a part among this year's
_POOR = ("某县民政局2024年工作总结\n一、社会救助\n全年新认定低收入家庭37户96人，发放临时救助金48.6万元。\n"
         "二、存在的问题和2025年打算\n{body}\n")


def test_problems_review_restating_this_year():
    assert _rows(_POOR.format(body="今年新认定低收入家庭37户69人，动态管理仍需加强。"), "inconsistent", 2024) \
        == ["96人; 69人"]


@pytest.mark.parametrize("body", [
    "今年新认定低收入家庭37户96人，较上年新认定低收入家庭34户91人有所增加。",
    "救助方式较为单一，今年新认定低收入家庭中因残致困家庭14户36人，照护压力大。",
    "救助方式较为单一，今年新认定低收入家庭中因残致困家庭14户86人，照护压力大。",
])
def test_problems_review_last_year_or_a_part_is_apart(body):
    assert _rows(_POOR.format(body=body), "inconsistent", 2024) == []


# a noun of two characters ending a longer name in a review of problems: only acts and generic words before it
_MAIL = ("某区信访局2023年工作总结\n一、受理情况\n全年受理群众信访2,845件，其中来信1,276件、来访1,569件。\n"
            "二、存在问题\n{body}\n")


def test_problems_review_names_the_noun_in_full():
    assert _rows(_MAIL.format(body="群众来信办理时效不高，全年办理群众来信1,267件，按期答复率有待提高。"),
                 "inconsistent") == ["1,276件; 1,267件"]


@pytest.mark.parametrize("body", [
    "群众来信办理时效不高，全年涉及征地拆迁来信1,267件，化解难度大。",  # a noun qualifier
    "越级上访仍然存在，全年重复来信1,267件，化解难度大。",
    "全年办理群众来信1,267件，占信访总量比例偏高。",  # a share of a whole
])
def test_problems_review_narrowed_noun_is_apart(body):
    assert _rows(_MAIL.format(body=body), "inconsistent") == []


def test_a_de_clause_narrows_the_noun_after_the_count():
    text = ("某县残联2023年工作总结\n一、基本情况\n全县持证残疾人5,847人已全部录入系统。\n二、存在问题\n{body}\n")
    assert _rows(text.format(body="全县5,874名持证残疾人中，就业比例不高。"), "inconsistent") == ["5,847人; 5,874名"]
    assert _rows(text.format(body="康复服务覆盖不足，全年接受康复服务的5,874名持证残疾人中，重度残疾人比例较高。"),
                 "inconsistent") == []


# one short name told alike: the summary restates the other earlier figure of that name exactly
_FUNDS = ("城东区财政局2023年预算执行情况报告\n一、一般公共预算\n全年收入15,382万元。\n二、{second}\n三、小结\n"
          "总的看，全年收入15,328万元，收支平衡。\n")


def test_summary_swap_of_a_short_name():
    assert _rows(_FUNDS.format(second="结转情况\n年末结转结余1,200万元。"), "inconsistent") == ["15,382万元; 15,328万元"]


def test_summary_equal_to_another_figure_of_the_name_is_no_swap():
    assert _rows(_FUNDS.format(second="政府性基金预算\n全年收入15,328万元，支出12,004万元。"), "inconsistent") == []


# the titled session's 期间 beside another 期间 of the same unit: a part, which an add-on completes
_RECESS = ("关于市七届人大三次会议代表建议办理情况的报告\n市七届人大三次会议期间，代表共提出建议286件，其中由市政府系统办理的"
           "263件。\n{mid}一、办理结果\n按期答复率100%。\n二、存在的不足\n个别答复偏于原则。\n"
           "综上，市政府系统承办的272件建议全部办结。\n")


def test_session_beside_the_recess_is_a_part():
    assert _rows(_RECESS.format(mid="闭会期间，代表又提出建议9件，均由市政府系统办理。\n"), "inconsistent") == []


@pytest.mark.parametrize("mid", ["", "闭会期间，市政府系统又收到群众来信15封。\n"])
def test_session_alone_still_frames_the_motions(mid):
    assert _rows(_RECESS.format(mid=mid), "inconsistent") == ["263件; 272件"]


# targets said met before a colon whose items are still targets (下达…目标, a completion rate after)
_MET_TARGETS = ("河口镇人民政府工作报告\n一、2023年工作回顾\n全镇完成固定资产投资8.62亿元，比上年增长9.3%。\n"
                "一年来，我们圆满完成了区下达的目标任务：{item}\n二、2024年工作安排\n重点抓好三方面工作。\n")


def test_met_targets_list_results():
    assert _rows(_MET_TARGETS.format(item="固定资产投资完成8.26亿元，群众满意度稳步提升。"), "inconsistent") \
        == ["8.62亿元; 8.26亿元"]


@pytest.mark.parametrize("item", [
    "区下达我镇固定资产投资8.20亿元，完成率105.1%。",
    "固定资产投资8.20亿元，完成率105.1%。",
])
def test_met_targets_items_still_targets(item):
    assert _rows(_MET_TARGETS.format(item=item), "inconsistent") == []


# a summing-up renaming a metric shorter, its partner's own value given after 其中: a part of the summary's whole
def test_renamed_summary_gives_the_part_after_qizhong():
    text = ("某县卫健局2023年工作总结\n一、疫苗接种\n全年为儿童接种免疫规划疫苗8.21万剂次。\n二、总体情况\n"
            "总的看，全年接种疫苗{v}万剂次，{rest}\n")
    assert _rows(text.format(v="8.31", rest="接种率保持高位。"), "inconsistent") == ["8.21万剂次; 8.31万剂次"]
    assert _rows(text.format(v="8.31", rest="其中免疫规划疫苗8.21万剂次、非免疫规划疫苗0.10万剂次。"), "inconsistent") == []
