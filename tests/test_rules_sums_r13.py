"""parts_sum, round 13: weights and earned points in one score list (满分90分，实得89.3分…总分), a year-end level
closing a list of the year's flow, two-item 其中 lists short of their total (a selection, not a slip), a stated overlap
of the items (（与…有交叉）), two interleaved series (found / rectified), a list adding up to another figure stated
before its total, and a classification closed by 其他 whose whole is sentences back under a 共/全年 name."""
from analysis.rules.sums import parts_sum
from rules_cases import verdicts


def _bad(text, year=2019):
    return any(v in ("inconsistent", "missing") for v in verdicts(parts_sum, text, year))


def test_weights_and_earned_points_sum_the_earned_only():
    ok = "以上9项指标满分90分，实得89.3分；预算执行率指标10分，得9.7分；总分99.0分，评价等级为优。"
    assert verdicts(parts_sum, ok) == ["consistent"]
    assert verdicts(parts_sum, ok.replace("实得89.3分", "实得88.3分")) == ["inconsistent"]
    # own phrasing (自评表说明): weights in brackets after the earned points
    own = "产出类指标得47.5分（满分50分），效益类指标得28分（满分30分），满意度指标得19分（满分20分），自评总分94.5分。"
    assert verdicts(parts_sum, own) == ["consistent"]
    assert verdicts(parts_sum, own.replace("94.5分", "96.5分")) == ["inconsistent"]
    # decoy: a plain score list with no weights still adds up as before
    assert verdicts(parts_sum, "自评总分99.6分，其中产出指标50分、效益指标30分、满意度指标19.6分。") == ["consistent"]


def test_year_end_level_closes_a_list_of_the_years_flow():
    assert not _bad("全年新登记市场主体5862户，其中企业1635户，年末实有市场主体达到3.86万户。")
    assert not _bad("全年新增学位6750个，其中小学学位3150个，全区学位总数达到8.6万个。")
    # own phrasing (新闻通稿): the list itself still judged when it has two parts
    assert verdicts(parts_sum, "今年新办理居住证4120张，其中首次申领2870张、换领1350张，年底全区持证人数总量达到6.2万人。") \
        == ["inconsistent"]


def test_two_item_selection_short_of_its_total():
    assert not _bad("总产量38.62万吨，其中小麦18.24万吨、玉米17.38万吨。")
    assert not _bad("共有企业120家，其中工业企业30家、商贸企业80家。")
    # own phrasing (调研报告): two named kinds short of the whole by a tenth
    assert not _bad("全镇耕地面积4.65万亩，其中水田2.18万亩、旱地2.07万亩。")
    # a closed two-part list is still judged
    assert verdicts(parts_sum, "全镇耕地面积4.65万亩，分为水田2.18万亩、旱地2.07万亩。") == ["inconsistent"]
    # three items with a one-digit slip are still an error
    assert verdicts(parts_sum, "完成投资4,650万元，其中渠道衬砌1,820万元、节水灌溉1,560万元、小型水源工程1,170万元。") \
        == ["inconsistent"]


def test_items_said_to_overlap():
    fa = "完成固定资产投资23.4亿元，其中产业投资14.6亿元、占62.4%，民间投资9.8亿元（与产业投资有交叉）。"
    assert not _bad(fa)
    # own phrasing (会议纪要): the note after the list
    assert not _bad("培训各类人员5200人次，其中党员干部3100人次、青年骨干2600人次，两类人员存在重叠。")
    # decoy: without a note, a split over its total is still judged
    assert verdicts(parts_sum, "培训各类人员5200人次，分为党员干部3100人次、青年骨干2600人次。") == ["inconsistent"]


def test_interleaved_found_and_rectified_series():
    ok = ("发现问题312个。截至2017年12月底，已整改296个，整改率94.9%，其中乡镇问题186个、已整改178个，"
          "部门问题126个、已整改118个。")
    assert verdicts(parts_sum, ok) == ["consistent"]
    assert verdicts(parts_sum, ok.replace("已整改178个", "已整改175个")) == ["inconsistent"]
    # own phrasing (巡察通报): 已办结 series — never summed as four parts
    own = "共受理信访件86件，已办结80件，其中来信52件、已办结49件，来访34件、已办结31件。"
    assert not _bad(own)


def test_list_adding_up_to_another_figure_before_its_total():
    assert not _bad("发现问题312个。已整改296个，整改率94.9%，其中乡镇问题186个，部门问题126个。")
    # own phrasing (情况通报)
    assert not _bad("全年受理投诉1,250件，办结1,180件，其中消费投诉860件，服务投诉390件。")


def test_classification_closed_by_other_with_a_named_whole_sentences_back():
    bad = "2017年，我局共承办代表建议42件。其中主办35件，协办7件。\n一、建议基本情况\n从内容看，市容环卫类16件，" \
          "市政设施类14件，园林绿化类8件，其他5件。"
    assert verdicts(parts_sum, bad, 2017) == ["consistent", "inconsistent"]  # (主办 + 协办 = 42 holds)
    assert not _bad(bad.replace("其他5件", "其他4件"), 2017)
    # own phrasing (答复函汇总): the whole under 全年, the rest as 其余
    own = "全年共收到群众来信156件（上年为142件）。\n按内容分，城建交通类52件、教育卫生类38件、农业农村类27件、" \
          "经济发展类21件，其他16件。"
    assert verdicts(parts_sum, own, 2017) == ["inconsistent"]
    # decoy: no catch-all item — a selection; no row
    assert not _bad(own.replace("，其他16件", ""), 2017)


def test_items_named_only_by_the_totals_metric_do_not_close_the_list():
    fa = ("总产量38.62万吨，比上年的37.31万吨增长3.5%。其中小麦播种45.6万亩、总产18.24万吨，亩产400公斤；"
          "玉米播种39.5万亩、总产17.38万吨，亩产440公斤。")
    assert not _bad(fa, 2014)
    # own phrasing (农情简报): two crops by area and output
    assert not _bad("全区油料总产量5.86万吨。其中油菜种植12.1万亩、总产2.93万吨；花生种植6.4万亩、总产2.35万吨。", 2014)
    # decoy: items that the total names one by one still close it (新建和改建)
    assert verdicts(parts_sum, "新建和改建农村公路286公里，其中新建124公里，改建152公里。", 2014) == ["inconsistent"]
