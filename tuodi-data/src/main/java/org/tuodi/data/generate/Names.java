package org.tuodi.data.generate;

import java.util.SplittableRandom;

/**
 * 姓名: fictional names from common Chinese surnames (weighted towards the most common, 王 李 张 刘 陈 …)
 * and given-name characters, one or two of them. Children and grandchildren take the family surname
 * (the head's, or the husband's when the head is a woman with a husband); a spouse has her or his
 * own. Any resemblance to a real person is chance: the combination is random.
 */
final class Names {

    private static final String SURNAMES =
            "王李张刘陈杨赵郭黄周吴徐孙胡朱高马林何罗郑梁宋谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋"
                    + "蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟"
                    + "龙万段雷钱汤尹黎易常武乔贺赖龚文牛闫申";
    private static final String MALE = "建国军伟强磊勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰振海东新文德福宏志成立永亮保全";
    private static final String FEMALE = "秀英华丽敏静芳玉兰桂梅娟霞红艳燕萍玲婷雪琳慧佳欣怡倩洁莉颖凤珍琴云彩春月荣素";

    private static final double[] SURNAME_WEIGHTS = surnameWeights();

    private Names() {}

    /** Zipf-like weights: the k-th surname weighs 1 / (k + 4). */
    private static double[] surnameWeights() {
        double[] weights = new double[SURNAMES.length()];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 1.0 / (k + 5);
        }
        return weights;
    }

    static String surname(SplittableRandom rng) {
        int k = Draws.weighted(rng, SURNAME_WEIGHTS);
        return SURNAMES.substring(k, k + 1);
    }

    /** A given name of one (30%) or two characters for the sex. */
    static String givenName(SplittableRandom rng, boolean male) {
        String pool = male ? MALE : FEMALE;
        StringBuilder name = new StringBuilder(2);
        name.append(pool.charAt(rng.nextInt(pool.length())));
        if (!Draws.chance(rng, 0.3)) {
            name.append(pool.charAt(rng.nextInt(pool.length())));
        }
        return name.toString();
    }
}
